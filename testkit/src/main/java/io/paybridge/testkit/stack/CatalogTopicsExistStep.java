package io.paybridge.testkit.stack;

import io.paybridge.testkit.kafka.CatalogTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Demo step: every catalog topic exists on the local broker with the catalog's partition count. */
final class CatalogTopicsExistStep implements DemoStep {

    @Override
    public String name() {
        return "Kafka has every catalog topic";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        List<NewTopic> wanted = CatalogTopics.wanted((short) 1);
        Map<String, TopicDescription> described;
        try (Admin admin = KafkaAdmins.create(settings)) {
            described = admin.describeTopics(wanted.stream().map(NewTopic::name).toList())
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new StackException("a catalog topic is missing (" + e.getCause().getMessage()
                        + "); run ./paybridge down and ./paybridge up to create it");
            }
            throw e;
        }
        List<String> lines = new ArrayList<>();
        for (NewTopic topic : wanted) {
            int partitions = described.get(topic.name()).partitions().size();
            if (partitions != topic.numPartitions()) {
                throw new StackException("topic " + topic.name() + " has " + partitions
                        + " partitions, the catalog says " + topic.numPartitions());
            }
            lines.add(String.format("%-34s %2d partitions", topic.name(), partitions));
        }
        return String.join("\n", lines);
    }
}
