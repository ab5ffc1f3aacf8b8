package io.paybridge.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the transactional outbox and its relay. */
@ConfigMapping(prefix = "paybridge.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code ce_source} of the records this service publishes. */
    @WithDefault("/paybridge/${quarkus.application.name}")
    String source();

    /** The relay publishing the outbox to Kafka. */
    Relay relay();

    /** How often the outbox lag (pending messages, age of the oldest) is measured. */
    @WithDefault("5s")
    String lagInterval();

    /** The outbox is reported degraded (wellness DOWN, readiness unaffected) when a message has waited longer than this. */
    @WithDefault("PT30S")
    Duration degradedAfter();

    /** Kafka producer settings added to the {@code kafka.*} ones (e.g. {@code compression.type}); idempotence and acks=all cannot be turned off. */
    Map<String, String> producer();

    /** Settings of the relay. */
    interface Relay {

        /** Whether this instance runs the relay at all (woken on commit, and polling as a safety net). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay polls for rows a missed wake-up left behind (at least {@code 1s}). */
        @WithDefault("1s")
        String interval();

        /**
         * How long the relay lets further commits gather after a commit woke it, before it claims them: at a
         * thousand commits a second, waking once per commit made a relay transaction (and a Kafka send) of one or
         * two rows each; a few milliseconds make batches of tens for as many milliseconds of publication delay.
         */
        @WithDefault("PT0.01S")
        Duration linger();

        /** How many rows one relay transaction claims and publishes. */
        @WithDefault("200")
        int batchSize();

        /** How long a batch may wait for Kafka's acknowledgements before the relay gives up and retries later. */
        @WithDefault("PT30S")
        Duration sendTimeout();
    }
}
