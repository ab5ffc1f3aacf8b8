package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoObservabilityTest {

    private final StackSettings settings = new StackSettings(Path.of("/tmp/unused"), 15432, 19092, 8090, 8082, 8081, 8083, 8084);

    @Test
    void everyServicesMetricsAreNamedAndWithoutACollectorTheTraceIdAndHowToExportIt() {
        String text = DemoObservability.describe(settings, null, "4bf92f3577b34da6a3ce929d0e0e4736");

        assertThat(text).contains("checkout-service  http://localhost:8081/q/metrics",
                "notification-ingest-service  http://localhost:8082/q/metrics", "payout-service  http://localhost:8083/q/metrics",
                "reconciliation-service  http://localhost:8084/q/metrics",
                "deploy/base/monitoring/", "traces: off on this stack", "4bf92f3577b34da6a3ce929d0e0e4736",
                "OTEL_EXPORTER_OTLP_ENDPOINT=");
    }

    @Test
    void withACollectorTheDemosTraceAndWhereItWent() {
        String text = DemoObservability.describe(settings, "http://localhost:4317", "4bf92f3577b34da6a3ce929d0e0e4736");

        assertThat(text).contains("the demo's trace: 4bf92f3577b34da6a3ce929d0e0e4736, exported to http://localhost:4317",
                "/trace/4bf92f3577b34da6a3ce929d0e0e4736").doesNotContain("traces: off");
    }

    @Test
    void theDemosTraceparentIsAValidSampledW3cHeaderOfItsTraceId() {
        assertThat(DemoTrace.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").contains(DemoTrace.traceId());
        assertThat(DemoTrace.traceparent()).isEqualTo(DemoTrace.traceparent());
    }
}
