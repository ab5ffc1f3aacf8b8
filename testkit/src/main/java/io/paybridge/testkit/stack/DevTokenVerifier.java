package io.paybridge.testkit.stack;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** Verifies a development token the way a service would: RS256 signature, issuer, expiry; returns its claims. */
public final class DevTokenVerifier {

    private final JwtConsumer consumer;

    public DevTokenVerifier(RSAPublicKey publicKey) {
        this.consumer = new JwtConsumerBuilder()
                .setVerificationKey(publicKey)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(DevTokens.ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }

    /** The verified claims of the token. */
    public Claims verify(String token) {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return new Claims(claims.getSubject(), claims.getStringClaimValue("upn"),
                    claims.getStringListClaimValue("groups"), claims.getExpirationTime().getValue());
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new StackException("the token does not verify: " + e.getMessage(), e);
        }
    }

    /** The claims the services read from a development token. */
    public record Claims(String subject, String upn, List<String> groups, long expiresAtEpochSecond) {

        public Claims {
            groups = List.copyOf(groups);
        }
    }
}
