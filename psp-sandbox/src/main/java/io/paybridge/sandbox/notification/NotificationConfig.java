package io.paybridge.sandbox.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of notification delivery under {@code paybridge.sandbox.notifications}. */
@ConfigMapping(prefix = "paybridge.sandbox.notifications")
public interface NotificationConfig {

    /** Whether this instance delivers notifications at all (replicas share the work when several do). */
    @WithDefault("true")
    boolean enabled();

    /** How often the worker looks for due notifications. */
    @WithDefault("PT0.25S")
    Duration pollInterval();

    /** How many notifications one instance delivers at the same time at most. */
    @WithDefault("50")
    int maxInFlight();

    /**
     * How long a claimed notification is reserved for the instance delivering it; after a crash another takes it over
     * then. Must exceed two attempts (connect plus read timeout, twice with the duplicate fault).
     */
    @WithDefault("PT1M")
    Duration lease();

    /** How long connecting to the merchant may take. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long the merchant may take to answer once connected. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** When failed deliveries are tried again and when delivery gives up. */
    Retry retry();

    /** The retry schedule: {@code initial × factor^(attempt-1)}, at most {@code maxInterval}. */
    interface Retry {

        /** The wait after the first failed attempt. */
        @WithDefault("PT1S")
        Duration initial();

        /** How much each further wait grows. */
        @WithDefault("2")
        double factor();

        /** The longest wait between two attempts. */
        @WithDefault("PT10M")
        Duration maxInterval();

        /** Delivery gives up (state GAVE_UP) after this many attempts. */
        @WithDefault("100")
        int maxAttempts();

        /** Delivery gives up when a failed attempt finds the notification older than this. */
        @WithDefault("P3D")
        Duration maxAge();
    }
}
