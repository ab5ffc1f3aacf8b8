package io.paybridge.contracts.serde;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Encodes the generated records as Avro single-object encoding and decodes any published version
 * of them into the current generated class; thread-safe.
 */
public final class EventCodec {

    private static final EventCodec SHARED = new EventCodec(
            Topics.all().stream().map(TopicSpec::valueTypes).flatMap(Collection::stream).toList(),
            PublishedSchemas.fromClasspath(EventCodec.class.getClassLoader()));

    private final PublishedSchemas published;
    private final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders;
    private final Map<String, BinaryMessageDecoder<SpecificRecord>> decoders;

    EventCodec(Collection<Class<? extends SpecificRecord>> types, PublishedSchemas published) {
        this.published = published;
        Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoderMap = new HashMap<>();
        Map<String, BinaryMessageDecoder<SpecificRecord>> decoderMap = new HashMap<>();
        for (Class<? extends SpecificRecord> type : types) {
            SpecificData model = modelOf(type);
            Schema schema = model.getSchema(type);
            if (!published.contains(schema)) {
                throw new IllegalStateException("The current schema of " + schema.getFullName()
                        + " is not published: freeze it as the next version under " + PublishedSchemas.ROOT);
            }
            encoderMap.put(type, new BinaryMessageEncoder<>(model, schema));
            decoderMap.put(schema.getFullName(), new BinaryMessageDecoder<>(model, schema, published));
        }
        this.encoders = Map.copyOf(encoderMap);
        this.decoders = Map.copyOf(decoderMap);
    }

    /**
     * The Avro model of a generated class, bound to that class's own class loader: records are read
     * into exactly the classes this codec was built with, whatever the calling thread's context class
     * loader is (Kafka's poll threads, test frameworks with several loaders).
     */
    private static SpecificData modelOf(Class<? extends SpecificRecord> type) {
        SpecificData model = new SpecificData(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
        return model;
    }

    /** The codec of every record type in the topic catalog, resolving every published schema version. */
    public static EventCodec shared() {
        return SHARED;
    }

    /** The record as single-object encoding: C3 01, the schema's CRC-64-AVRO fingerprint (little-endian), the binary body. */
    public byte[] encode(SpecificRecord record) {
        Objects.requireNonNull(record, "record");
        BinaryMessageEncoder<SpecificRecord> encoder = encoders.get(record.getClass());
        if (encoder == null) {
            throw new SerializationException(
                    record.getClass().getName() + " is not a record type of the shared-contracts topic catalog");
        }
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + record.getSchema().getFullName(), e);
        }
    }

    /** The record single-object encoded in the bytes, read into the current generated class of its full name. */
    public SpecificRecord decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        long fingerprint = SingleObjectHeader.fingerprint(bytes);
        Schema writer = published.find(fingerprint).orElseThrow(() -> UnknownSchemaException.unknownFingerprint(fingerprint));
        BinaryMessageDecoder<SpecificRecord> decoder = decoders.get(writer.getFullName());
        if (decoder == null) {
            throw UnknownSchemaException.noCurrentType(fingerprint, writer.getFullName());
        }
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        SpecificRecord record = read(decoder, in, writer, fingerprint);
        if (in.available() > 0) {
            throw new SerializationException(in.available() + " trailing bytes after " + writer.getFullName()
                    + " (schema fingerprint " + SingleObjectHeader.hex(fingerprint) + ")");
        }
        return record;
    }

    /** The published schema version with that CRC-64-AVRO fingerprint, if any. */
    public Optional<Schema> writerSchema(long fingerprint) {
        return published.find(fingerprint);
    }

    private static SpecificRecord read(
            BinaryMessageDecoder<SpecificRecord> decoder, ByteArrayInputStream in, Schema writer, long fingerprint) {
        try {
            return decoder.decode(in, null);
        } catch (IOException | RuntimeException e) {
            // Truncated or corrupt bodies surface as EOF, AvroRuntimeException or index errors; callers see one type.
            throw new SerializationException("Cannot decode " + writer.getFullName() + " (schema fingerprint "
                    + SingleObjectHeader.hex(fingerprint) + "): corrupt or truncated body", e);
        }
    }
}
