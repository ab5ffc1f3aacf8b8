package io.paybridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PspCallMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PspCallMetrics metrics = new PspCallMetrics(registry);

    @Test
    void eachMethodAndOutcomeIsItsOwnTimer() {
        metrics.started("Deposit").completed(Duration.ofMillis(120), "ok");
        metrics.started("Deposit").completed(Duration.ofMillis(80), "ok");
        metrics.started("Deposit").completed(Duration.ofMillis(30), "620");
        metrics.started("Refund").completed(Duration.ofSeconds(10), "unknown");

        Timer ok = registry.get(PspCallMetrics.NAME).tags("psp", "trustly", "method", "Deposit", "outcome", "ok").timer();
        assertThat(ok.count()).isEqualTo(2);
        assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(200.0);
        assertThat(registry.get(PspCallMetrics.NAME).tags("method", "Deposit", "outcome", "620").timer().count()).isEqualTo(1);
        assertThat(registry.get(PspCallMetrics.NAME).tags("method", "Refund", "outcome", "unknown").timer().count()).isEqualTo(1);
        assertThat(registry.get(PspCallMetrics.NAME).timers()).hasSize(3);
    }
}
