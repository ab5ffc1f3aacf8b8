package io.paybridge.testkit.stack;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one trace a demo run's requests belong to: every request the demo sends carries the same W3C {@code traceparent}
 * (a random trace id, sampled), so the services' spans for the whole demo (REST, PSP calls, the outbox, Kafka and every
 * consumer) share a trace id that the demo prints at the end, to look up in the trace UI.
 */
final class DemoTrace {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACE_ID = hex(16);
    private static final String PARENT_ID = hex(8);

    private DemoTrace() {}

    /** The demo's trace id (32 lower-case hex digits). */
    static String traceId() {
        return TRACE_ID;
    }

    /** The {@code traceparent} header value of every demo request. */
    static String traceparent() {
        return "00-" + TRACE_ID + "-" + PARENT_ID + "-01";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C forbids
        return HexFormat.of().formatHex(random);
    }
}
