package io.paybridge.sandbox.notification;

import java.time.Duration;
import java.time.Instant;

/** When a failed notification is tried again, and when delivery gives up (reference §4.1 leaves the schedule UNCONFIRMED). */
final class Backoff {

    private final NotificationConfig.Retry retry;

    Backoff(NotificationConfig.Retry retry) {
        this.retry = retry;
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    Duration delayAfter(int attempts) {
        double millis = retry.initial().toMillis() * Math.pow(retry.factor(), Math.max(0, attempts - 1));
        long max = retry.maxInterval().toMillis();
        return Duration.ofMillis(millis >= max ? max : (long) millis);
    }

    /** True when no further attempt is allowed after {@code attempts} failed ones of a notification created at {@code createdAt}. */
    boolean givesUp(int attempts, Instant createdAt, Instant now) {
        return attempts >= retry.maxAttempts() || !createdAt.plus(retry.maxAge()).isAfter(now);
    }
}
