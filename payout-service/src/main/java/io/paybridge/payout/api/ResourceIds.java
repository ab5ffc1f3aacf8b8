package io.paybridge.payout.api;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids of payout's resources: a kind prefix and 96 random bits, e.g. {@code rfd_3a2783ef0650d96083c0801b}. */
public final class ResourceIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ResourceIds() {
    }

    /** A new id of the kind {@code prefix} ({@code rfd} for refunds). */
    public static String random(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + HexFormat.of().formatHex(bytes);
    }
}
