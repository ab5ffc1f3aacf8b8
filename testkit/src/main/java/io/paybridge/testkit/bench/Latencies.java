package io.paybridge.testkit.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a set of latencies in nanoseconds (nearest rank), shown in milliseconds. */
final class Latencies {

    private final long[] sorted;

    Latencies(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The latency at {@code percentile} (0 < p <= 100), in milliseconds. */
    double millis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1_000_000.0;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1_000_000.0;
    }

    /** {@code p50 1.2 ms, p99 3.4 ms, max 5.6 ms}. */
    String summary() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", millis(50), millis(90), millis(99),
                maxMillis());
    }
}
