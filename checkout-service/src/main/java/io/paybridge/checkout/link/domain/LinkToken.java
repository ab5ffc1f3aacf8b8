package io.paybridge.checkout.link.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The capability in a link's URL: 128 bits from {@link SecureRandom}, URL-safe Base64 without padding
 * (22 characters). Only its SHA-256 is stored, so the database never holds a usable link.
 */
public record LinkToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    /** A new token. */
    public static LinkToken generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in a URL path, if it has the format of one. */
    public static Optional<LinkToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new LinkToken(text)) : Optional.empty();
    }

    /** The SHA-256 of the token, in lower-case hex: what the database keeps. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "LinkToken[hash=" + hash().substring(0, 8) + "…]";
    }
}
