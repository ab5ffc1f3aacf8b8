package io.paybridge.ingest.body;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMACs of callback bodies with a shared secret, and their comparison in time independent of where they differ. */
public final class Hmac {

    private Hmac() {
    }

    /** HMAC-SHA1 of {@code message} keyed with the UTF-8 bytes of {@code key}. */
    public static byte[] sha1(String key, byte[] message) {
        return compute("HmacSHA1", key, message);
    }

    /** HMAC-SHA256 of {@code message} keyed with the UTF-8 bytes of {@code key}. */
    public static byte[] sha256(String key, byte[] message) {
        return compute("HmacSHA256", key, message);
    }

    /**
     * Whether {@code presented} equals {@code expected}; the time taken does not depend on the
     * position of the first differing byte ({@link MessageDigest#isEqual}), so it leaks nothing an
     * attacker could use to forge a MAC byte by byte.
     */
    public static boolean matches(byte[] expected, byte[] presented) {
        return presented != null && MessageDigest.isEqual(expected, presented);
    }

    private static byte[] compute(String algorithm, String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm + " with a non-empty key", e);
        }
    }
}
