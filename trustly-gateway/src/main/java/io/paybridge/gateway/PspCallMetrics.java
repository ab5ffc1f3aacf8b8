package io.paybridge.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paybridge.trustly.client.TrustlyCallObserver;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every Trustly call as the timer {@code paybridge.psp.calls} (Prometheus {@code paybridge_psp_calls_seconds}),
 * tagged with the PSP, the method and the outcome: {@code ok}, Trustly's error code, {@code unknown},
 * {@code unreachable} or {@code not_sent}. Its count per outcome is the PSP error rate by method and code; its
 * histogram the PSP latency. Method names and codes are a small closed set, so the tags stay bounded.
 */
@Singleton
public class PspCallMetrics implements TrustlyCallObserver {

    static final String NAME = "paybridge.psp.calls";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public PspCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Call started(String method) {
        return (took, outcome) -> timers.computeIfAbsent(method + ' ' + outcome, key -> Timer.builder(NAME)
                        .description("Calls to the PSP by method and outcome (ok, the PSP's error code, unknown, unreachable, not_sent)")
                        .tag("psp", "trustly").tag("method", method).tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .register(registry))
                .record(took);
    }
}
