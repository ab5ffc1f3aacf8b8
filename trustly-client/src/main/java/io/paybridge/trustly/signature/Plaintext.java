package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

/** The bytes Trustly signs: method, uuid and the canonical serialization of data, UTF-8, no separators (reference §2.2). */
public final class Plaintext {

    private Plaintext() {
    }

    /** The plaintext as text; a missing method or uuid counts as the empty string. */
    public static String text(String method, String uuid, JsonNode data) {
        return nullToEmpty(method) + nullToEmpty(uuid) + CanonicalSerializer.serialize(data);
    }

    /** The plaintext as the UTF-8 bytes that are hashed. */
    public static byte[] bytes(String method, String uuid, JsonNode data) {
        return text(method, uuid, data).getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
