package io.paybridge.support.consumer;

import io.paybridge.contracts.serde.EventCodec;
import org.apache.avro.specific.SpecificRecord;

/**
 * Decodes a consumed record's value. Channels read values as bytes and decode them here, so a record that
 * cannot be read fails its message and reaches the dead-letter topic with its bytes as they were, instead
 * of stopping the channel in the deserializer.
 */
public final class RecordPayloads {

    private static final EventCodec CODEC = EventCodec.shared();

    private RecordPayloads() {
    }

    /**
     * The catalog record {@code payload} encodes.
     *
     * @throws UnreadableRecordException if it is empty or not a Paybridge record of a known schema
     */
    public static SpecificRecord decode(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new UnreadableRecordException("the record has no value");
        }
        try {
            return CODEC.decode(payload);
        } catch (RuntimeException e) {
            throw new UnreadableRecordException("the value is not a Paybridge record: " + e.getMessage());
        }
    }

    /** A consumed value that is not a readable Paybridge record. */
    public static final class UnreadableRecordException extends RuntimeException {
        public UnreadableRecordException(String message) {
            super(message);
        }
    }
}
