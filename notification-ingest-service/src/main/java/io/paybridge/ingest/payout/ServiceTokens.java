package io.paybridge.ingest.payout;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The ingest's own bearer token for payout-service: RS256, subject {@code notification-ingest-service}, the one role
 * {@code payments:psp-callbacks}, valid five minutes and reused until a minute before it expires (minting is an RSA
 * signature, so it is not done per call).
 */
final class ServiceTokens {

    static final String SUBJECT = "notification-ingest-service";
    static final String ROLE = "payments:psp-callbacks";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final PrivateKey key;
    private final String issuer;
    private final Clock clock;
    private volatile Minted current;

    ServiceTokens(PrivateKey key, String issuer, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether {@link #current()} would answer without signing. */
    boolean fresh() {
        Minted minted = current;
        return minted != null && clock.instant().isBefore(minted.renewAt());
    }

    /** The token to send now: the last one while it has more than a minute left, otherwise a new one. */
    String current() {
        Minted minted = current;
        Instant now = clock.instant();
        if (minted == null || !now.isBefore(minted.renewAt())) {
            // two callers may both renew at the boundary: both tokens are valid, the later one is kept
            minted = mint(now);
            current = minted;
        }
        return minted.token();
    }

    private Minted mint(Instant now) {
        Instant expiresAt = now.plus(LIFETIME);
        String token = Jwt.issuer(issuer)
                .subject(SUBJECT)
                .upn(SUBJECT)
                .groups(Set.of(ROLE))
                .issuedAt(now)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(key);
        return new Minted(token, expiresAt.minus(RENEW_BEFORE_EXPIRY));
    }

    private record Minted(String token, Instant renewAt) {

        @Override
        public String toString() {
            return "Minted[renewAt=" + renewAt + "]"; // never the token
        }
    }
}
