package io.paybridge.contracts.serde;

/** Reads the header of Avro single-object encoding: the C3 01 marker and the little-endian CRC-64-AVRO fingerprint. */
final class SingleObjectHeader {

    static final int LENGTH = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private SingleObjectHeader() {}

    /** The writer schema fingerprint of single-object encoded bytes. */
    static long fingerprint(byte[] bytes) {
        if (bytes.length < LENGTH || bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw UnknownSchemaException.notSingleObject(bytes.length);
        }
        long fingerprint = 0;
        for (int i = LENGTH - 1; i >= 2; i--) {
            fingerprint = (fingerprint << 8) | (bytes[i] & 0xFFL);
        }
        return fingerprint;
    }

    /** A fingerprint as 16 hex digits, the form every error message uses. */
    static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }
}
