package io.paybridge.testkit.stack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The end of the demo: where to see its metrics, and its trace when the stack exports traces. */
final class DemoObservability {

    private DemoObservability() {}

    /**
     * @param otlpEndpoint the collector the stack exports spans to ({@code OTEL_EXPORTER_OTLP_ENDPOINT}), or null when
     *     tracing is off
     * @param traceId the trace every demo request belonged to
     */
    static String describe(StackSettings settings, String otlpEndpoint, String traceId) {
        StringBuilder text = new StringBuilder("where to look:\n  metrics (Prometheus text format):");
        services(settings).forEach((name, url) -> text.append("\n    ").append(name).append("  ").append(url.resolve("/q/metrics")));
        text.append("\n    alert rules and a Grafana dashboard over them: deploy/base/monitoring/");
        if (otlpEndpoint == null || otlpEndpoint.isBlank()) {
            text.append("\n  traces: off on this stack; the demo's requests all carried trace ").append(traceId)
                    .append(".\n    To see it: OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317 (a collector or Jaeger taking OTLP), then")
                    .append("\n    ./paybridge down; ./paybridge demo, and look the trace id up in its UI.");
        } else {
            text.append("\n  the demo's trace: ").append(traceId).append(", exported to ").append(otlpEndpoint)
                    .append("\n    every request of the demo, its PSP calls, outbox, Kafka records and consumers; look it up in the")
                    .append(" trace UI (Jaeger: http://localhost:16686/trace/").append(traceId).append(")");
        }
        return text.toString();
    }

    private static Map<String, URI> services(StackSettings settings) {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("checkout-service", settings.checkoutUrl());
        services.put("notification-ingest-service", settings.ingestUrl());
        services.put("payout-service", settings.payoutUrl());
        services.put("reconciliation-service", settings.reconciliationUrl());
        return services;
    }
}
