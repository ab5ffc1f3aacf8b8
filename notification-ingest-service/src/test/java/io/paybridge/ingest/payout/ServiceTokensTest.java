package io.paybridge.ingest.payout;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.trustly.signature.PemKeys;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** The ingest's token: its claims, reused until a minute before it expires, then renewed. */
class ServiceTokensTest {

    private static final KeyPair KEYS = PemKeys.generate();
    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final ServiceTokens tokens = new ServiceTokens(KEYS.getPrivate(), "https://issuer.example/test", clock);

    @Test
    void aTokenCarriesTheIssuerTheServiceAsSubjectThePspCallbacksRoleAndFiveMinutes() throws Exception {
        JwtClaims claims = claims(tokens.current());

        assertThat(claims.getIssuer()).isEqualTo("https://issuer.example/test");
        assertThat(claims.getSubject()).isEqualTo("notification-ingest-service");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("payments:psp-callbacks");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(START.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(START.plusSeconds(300).getEpochSecond());
    }

    @Test
    void theTokenIsReusedUntilAMinuteBeforeItExpiresThenRenewed() throws Exception {
        String first = tokens.current();

        clock.at(START.plus(Duration.ofMinutes(4)).minusMillis(1));
        assertThat(tokens.fresh()).isTrue();
        assertThat(tokens.current()).isEqualTo(first);

        clock.at(START.plus(Duration.ofMinutes(4)));
        assertThat(tokens.fresh()).isFalse();
        String renewed = tokens.current();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(claims(renewed).getIssuedAt().getValue()).isEqualTo(START.plus(Duration.ofMinutes(4)).getEpochSecond());
        assertThat(tokens.fresh()).isTrue();
    }

    @Test
    void noTokenIsFreshBeforeTheFirstIsMinted() {
        assertThat(tokens.fresh()).isFalse();
    }

    private JwtClaims claims(String token) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(KEYS.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
