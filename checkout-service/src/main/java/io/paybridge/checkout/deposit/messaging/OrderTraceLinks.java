package io.paybridge.checkout.deposit.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans for work a notification does on an order, linked to the trace of the request that created the
 * order (its stored {@code traceparent}): a notification continues the PSP's delivery trace, and the link
 * lets one follow it back to the merchant's request without making hours-long traces.
 */
@ApplicationScoped
public class OrderTraceLinks {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final Tracer tracer;

    public OrderTraceLinks(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} in a span named {@code name}, linked to {@code traceparent} when it is a valid one. */
    public <T> Uni<T> inLinkedSpan(String name, String traceparent, Supplier<Uni<T>> work) {
        var builder = tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL);
        spanContext(traceparent).ifPresent(builder::addLink);
        Span span = builder.startSpan();
        Uni<T> started;
        try (Scope ignored = span.makeCurrent()) {
            started = work.get();
        }
        return started.onTermination().invoke((item, failure, cancelled) -> {
            if (failure != null) {
                span.recordException(failure);
            }
            span.end();
        });
    }

    /** The span context a W3C {@code traceparent} names; empty when it is absent or malformed. */
    static Optional<SpanContext> spanContext(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        SpanContext context = SpanContext.createFromRemoteParent(matcher.group(1), matcher.group(2),
                TraceFlags.fromHex(matcher.group(3), 0), TraceState.getDefault());
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }
}
