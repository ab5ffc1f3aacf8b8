package io.paybridge.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paybridge.ingest.inbox.Psp;
import io.paybridge.ingest.inbox.StoreOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest's callback funnel: received, accepted (first time), duplicate, and the time to acknowledge.
 * The meters are looked up once per PSP (and method) and kept: every callback counts on the hot path.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Map<Psp, Counter> received = new EnumMap<>(Psp.class);
    private final Map<Psp, Counter> duplicate = new EnumMap<>(Psp.class);
    private final Map<Psp, Timer> acceptedLatency = new EnumMap<>(Psp.class);
    private final Map<Psp, Timer> duplicateLatency = new EnumMap<>(Psp.class);
    private final Map<Psp, Map<String, Counter>> accepted = new EnumMap<>(Psp.class);

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Psp psp : Psp.values()) {
            received.put(psp, Counter.builder("paybridge.ingest.callbacks.received")
                    .description("Callbacks received, before any check")
                    .tag("psp", psp.tag()).register(registry));
            duplicate.put(psp, Counter.builder("paybridge.ingest.callbacks.duplicate")
                    .description("Repeated callbacks answered from the inbox without a new effect")
                    .tag("psp", psp.tag()).register(registry));
            acceptedLatency.put(psp, latency(psp, "accepted"));
            duplicateLatency.put(psp, latency(psp, "duplicate"));
            accepted.put(psp, new ConcurrentHashMap<>());
        }
    }

    /** A callback arrived (before any check). */
    public void received(Psp psp) {
        received.get(psp).increment();
    }

    /** A callback was stored (or found stored) and is about to be acknowledged {@code elapsed} after it arrived. */
    public void acknowledged(Psp psp, String method, StoreOutcome outcome, Duration elapsed) {
        if (outcome.firstTime()) {
            // methods come from authenticated callbacks of a PSP's fixed vocabulary: a bounded tag
            accepted.get(psp).computeIfAbsent(method, ignored -> Counter.builder("paybridge.ingest.callbacks.accepted")
                    .description("Callbacks stored and published for the first time, by PSP and method")
                    .tag("psp", psp.tag()).tag("method", method).register(registry)).increment();
            acceptedLatency.get(psp).record(elapsed);
        } else {
            duplicate.get(psp).increment();
            duplicateLatency.get(psp).record(elapsed);
        }
    }

    private Timer latency(Psp psp, String outcome) {
        return Timer.builder("paybridge.ingest.ack.latency")
                .description("From a callback's arrival to its acknowledgement being sent")
                .tag("psp", psp.tag()).tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
