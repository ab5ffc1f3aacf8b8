package io.paybridge.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The ingest's callback funnel: received, accepted (first time), duplicate, and the time to acknowledge. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A callback arrived (before any check). */
    public void received(Psp psp) {
        Counter.builder("paybridge.ingest.callbacks.received").description("Callbacks received, before any check")
                .tag("psp", psp.tag()).register(registry).increment();
    }

    /** A callback was stored (or found stored) and is about to be acknowledged {@code elapsed} after it arrived. */
    public void acknowledged(Psp psp, String method, StoreOutcome outcome, Duration elapsed) {
        if (outcome.firstTime()) {
            Counter.builder("paybridge.ingest.callbacks.accepted")
                    .description("Callbacks stored and published for the first time, by PSP and method")
                    .tag("psp", psp.tag()).tag("method", method).register(registry).increment();
        } else {
            Counter.builder("paybridge.ingest.callbacks.duplicate")
                    .description("Repeated callbacks answered from the inbox without a new effect")
                    .tag("psp", psp.tag()).register(registry).increment();
        }
        Timer.builder("paybridge.ingest.ack.latency")
                .description("From a callback's arrival to its acknowledgement being sent")
                .tag("psp", psp.tag()).tag("outcome", outcome.firstTime() ? "accepted" : "duplicate")
                .publishPercentileHistogram()
                .register(registry).record(elapsed);
    }
}
