package io.paybridge.testkit.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource pointing an application at the JVM's Kafka broker ({@link EmbeddedKafka}),
 * started once per test JVM and shared by every test class.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", EmbeddedKafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one application: it is shared by the JVM and stopped at its exit.
    }
}
