package io.paybridge.contracts;

import java.util.List;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * One Kafka topic of the platform: its name, what its records are keyed by, the Avro records its
 * values may be, and how many partitions it is created with.
 */
public record TopicSpec(
        String name, String key, List<Class<? extends SpecificRecord>> valueTypes, int partitions) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        valueTypes = List.copyOf(valueTypes);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
    }

    /** The dead-letter topic that consumers of this topic park poison records in. */
    public String deadLetterTopic() {
        return name + ".dlq";
    }

    /** Whether records of this Avro type may be published on this topic. */
    public boolean carries(Class<? extends SpecificRecord> type) {
        return valueTypes.contains(type);
    }
}
