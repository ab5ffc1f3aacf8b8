package io.paybridge.testkit.stack;

import io.paybridge.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has read payments.events.v1 to its end: the demo and the end-to-end tests reconcile a
 * settled day only once reconciliation-service has read every event the day's payments published, so what they show
 * is about the payments and not about how far a consumer got.
 */
public final class EventsRead {

    /** The consumer group reconciliation-service reads payments.events.v1 with. */
    public static final String RECONCILIATION_GROUP = "reconciliation-service-events";

    private EventsRead() {}

    /** Returns once {@code group} has committed the end of every partition of payments.events.v1; fails after {@code wait}. */
    public static void await(StackSettings settings, String group, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        try (Admin admin = KafkaAdmins.create(settings)) {
            long behind = lag(admin, group);
            while (behind > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new StackException(group + " is " + behind + " events behind on " + Topics.EVENTS.name() + " after "
                            + wait.toSeconds() + " s");
                }
                Thread.sleep(250);
                behind = lag(admin, group);
            }
        }
    }

    private static long lag(Admin admin, String group) throws Exception {
        String topic = Topics.EVENTS.name();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata read = committed.get(partition);
            lag += ends.get(partition).offset() - (read == null ? 0 : read.offset());
        }
        return lag;
    }
}
