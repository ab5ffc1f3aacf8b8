package io.paybridge.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    /** 1 ms, 2 ms, ... 100 ms, given in any order. */
    private final Latencies hundred = new Latencies(LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray());

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        assertThat(hundred.millis(50)).isEqualTo(50.0);
        assertThat(hundred.millis(99)).isEqualTo(99.0);
        assertThat(hundred.millis(99.5)).isEqualTo(100.0);
        assertThat(hundred.millis(1)).isEqualTo(1.0);
        assertThat(hundred.maxMillis()).isEqualTo(100.0);
        assertThat(hundred.summary()).isEqualTo("p50 50.0 ms, p90 90.0 ms, p99 99.0 ms, max 100.0 ms");
    }

    @Test
    void aSingleLatencyIsEveryPercentile() {
        Latencies one = new Latencies(new long[] {2_500_000});

        assertThat(one.millis(50)).isEqualTo(2.5);
        assertThat(one.millis(99)).isEqualTo(2.5);
    }

    @Test
    void noLatenciesHaveNoPercentiles() {
        assertThatThrownBy(() -> new Latencies(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
