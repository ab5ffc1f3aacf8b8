package io.paybridge.sandbox.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Trustly's timestamp format in UTC, e.g. {@code 2014-03-31 11:50:06.461060+00}, as AccountLedger and the settlement report show it. */
public final class TrustlyTimestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx").withZone(ZoneOffset.UTC);

    private TrustlyTimestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
