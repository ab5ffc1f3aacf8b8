package io.paybridge.testkit.stack;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Opens Kafka admin clients on the local stack's broker with timeouts suited to one machine. */
final class KafkaAdmins {

    private KafkaAdmins() {}

    static Admin create(StackSettings settings) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "paybridge-local-stack",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }
}
