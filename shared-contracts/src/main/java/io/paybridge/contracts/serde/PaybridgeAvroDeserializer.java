package io.paybridge.contracts.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** Kafka deserializer of Paybridge records: any published schema version, read into the current generated class. */
public final class PaybridgeAvroDeserializer implements Deserializer<SpecificRecord> {

    private final EventCodec codec = EventCodec.shared();

    /** The record, or null for a tombstone. */
    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        return data == null ? null : codec.decode(data);
    }
}
