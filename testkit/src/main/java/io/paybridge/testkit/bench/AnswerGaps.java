package io.paybridge.testkit.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * When a pass's slowest reply and its longest silence happened, on the wall clock: a stall of the whole
 * stack shows as a gap in which no reply arrived at all, and its time lines it up with the logs of
 * PostgreSQL (checkpoints, autovacuum), the JVMs (GC, safepoints) and the machine.
 */
final class AnswerGaps {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final long wallOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

    /** {@code slowest reply 12.3 ms (answered 09:01:02.345 UTC); longest gap between replies 4.5 ms (from 09:01:02.300 UTC)}. */
    String summary(long[] serviceNanos, long[] answeredAtNanos) {
        int slowest = 0;
        for (int i = 1; i < serviceNanos.length; i++) {
            if (serviceNanos[i] > serviceNanos[slowest]) {
                slowest = i;
            }
        }
        long[] answered = answeredAtNanos.clone();
        Arrays.sort(answered);
        long gap = 0;
        long gapFrom = answered[0];
        for (int i = 1; i < answered.length; i++) {
            if (answered[i] - answered[i - 1] > gap) {
                gap = answered[i] - answered[i - 1];
                gapFrom = answered[i - 1];
            }
        }
        return String.format(Locale.ROOT, "slowest reply %.1f ms (answered %s UTC); longest gap between replies %.1f ms (from %s UTC)",
                serviceNanos[slowest] / 1e6, wall(answeredAtNanos[slowest]), gap / 1e6, wall(gapFrom));
    }

    private String wall(long nanoTime) {
        return WALL.format(Instant.ofEpochSecond(0, wallOffsetNanos + nanoTime));
    }
}
