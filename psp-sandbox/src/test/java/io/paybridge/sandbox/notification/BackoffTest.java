package io.paybridge.sandbox.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry schedule: growing waits up to a cap, giving up after the last attempt or past the maximum age. */
class BackoffTest {

    private static final Backoff DEFAULTS = new Backoff(retry(Duration.ofSeconds(1), 2, Duration.ofMinutes(10), 100, Duration.ofDays(3)));

    @Test
    void waitsDoubleFromOneSecondUpToTenMinutes() {
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(DEFAULTS::delayAfter).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L, 600L);
        assertThat(DEFAULTS.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpAfterTheLastAttemptOrWhenTooOld() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(DEFAULTS.givesUp(99, created, created.plusSeconds(60))).isFalse();
        assertThat(DEFAULTS.givesUp(100, created, created.plusSeconds(60))).isTrue();
        assertThat(DEFAULTS.givesUp(5, created, created.plus(Duration.ofDays(3)).minusMillis(1))).isFalse();
        assertThat(DEFAULTS.givesUp(5, created, created.plus(Duration.ofDays(3)))).isTrue();
    }

    static NotificationConfig.Retry retry(Duration initial, double factor, Duration max, int attempts, Duration age) {
        return new NotificationConfig.Retry() {
            @Override
            public Duration initial() {
                return initial;
            }

            @Override
            public double factor() {
                return factor;
            }

            @Override
            public Duration maxInterval() {
                return max;
            }

            @Override
            public int maxAttempts() {
                return attempts;
            }

            @Override
            public Duration maxAge() {
                return age;
            }
        };
    }
}
