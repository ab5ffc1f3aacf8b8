package io.paybridge.testkit.stack;

import io.paybridge.testkit.kafka.CatalogTopics;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;

/** Demo step: every catalog topic exists on the local broker with the catalog's partition count. */
final class CatalogTopicsExistStep implements DemoStep {

    @Override
    public String name() {
        return "Kafka has every catalog topic";
    }

    @Override
    public String run(StackSettings settings) {
        Map<String, Integer> partitions;
        try (Admin admin = KafkaAdmins.create(settings)) {
            partitions = CatalogTopics.verifiedPartitions(admin);
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage() + "; run ./paybridge down and ./paybridge up to create the topics", e);
        }
        return partitions.entrySet().stream()
                .map(topic -> String.format("%-34s %2d partitions", topic.getKey(), topic.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
