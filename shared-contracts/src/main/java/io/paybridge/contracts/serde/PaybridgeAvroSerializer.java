package io.paybridge.contracts.serde;

import io.paybridge.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer of Paybridge records: single-object Avro values plus CloudEvents headers, checked against the topic catalog. */
public final class PaybridgeAvroSerializer implements Serializer<SpecificRecord> {

    /** The CloudEvents source of this producer, a URI-reference such as {@code /paybridge/checkout-service}. */
    public static final String SOURCE_CONFIG = "paybridge.cloudevents.source";

    private final EventCodec codec = EventCodec.shared();
    private volatile String source;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object value = configs.get(SOURCE_CONFIG);
        if (!(value instanceof String text)) {
            throw new ConfigException(SOURCE_CONFIG, value,
                    "required: the CloudEvents source of this producer, e.g. /paybridge/checkout-service");
        }
        try {
            source = CloudEvents.requireSource(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SOURCE_CONFIG, value, e.getMessage());
        }
    }

    /** Encodes without headers; Kafka producers call {@link #serialize(String, Headers, SpecificRecord)} instead. */
    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        requireCarried(topic, record);
        return codec.encode(record);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        requireCarried(topic, record);
        Map<String, String> cloudEvents = cloudEventsHeaders(record);
        byte[] value = codec.encode(record);
        cloudEvents.forEach((name, text) -> {
            headers.remove(name);
            headers.add(name, text.getBytes(StandardCharsets.UTF_8));
        });
        return value;
    }

    private Map<String, String> cloudEventsHeaders(SpecificRecord record) {
        if (source == null) {
            throw new SerializationException("PaybridgeAvroSerializer is not configured: set " + SOURCE_CONFIG);
        }
        try {
            return CloudEvents.headers(record, source);
        } catch (IllegalArgumentException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }

    private static void requireCarried(String topic, SpecificRecord record) {
        boolean rejected = Topics.byName(topic)
                .map(spec -> !spec.carries(record.getClass()))
                .orElse(false);
        if (rejected) {
            throw new SerializationException("Topic " + topic + " does not carry "
                    + record.getSchema().getFullName());
        }
    }
}
