package io.paybridge.contracts.serde;

import org.apache.kafka.common.errors.SerializationException;

/** Bytes that cannot be decoded because their writer schema is not a published schema of this contracts jar. */
public class UnknownSchemaException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public UnknownSchemaException(String message) {
        super(message);
    }

    static UnknownSchemaException unknownFingerprint(long fingerprint) {
        return new UnknownSchemaException("Unknown Avro schema fingerprint " + SingleObjectHeader.hex(fingerprint)
                + ": not a published schema of this contracts jar; deploy a newer shared-contracts jar");
    }

    static UnknownSchemaException noCurrentType(long fingerprint, String fullName) {
        return new UnknownSchemaException("Avro schema fingerprint " + SingleObjectHeader.hex(fingerprint)
                + " is a published version of " + fullName + ", which this contracts jar no longer generates");
    }

    static UnknownSchemaException notSingleObject(int length) {
        return new UnknownSchemaException("Not Avro single-object encoding: " + length
                + " bytes without the C3 01 marker and 8-byte schema fingerprint");
    }
}
