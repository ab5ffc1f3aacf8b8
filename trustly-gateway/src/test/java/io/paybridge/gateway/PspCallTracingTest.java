package io.paybridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.paybridge.trustly.client.TrustlyCallObserver;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PspCallTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final Tracer tracer = provider.get("test");
    private final PspCallTracing tracing = new PspCallTracing(tracer, URI.create("https://test.trustly.com/api/1"));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aCallIsAClientSpanUnderTheCallersSpanWithTheRpcConventions() {
        Span caller = tracer.spanBuilder("POST /v1/deposits").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            tracing.started("Deposit").completed(Duration.ofMillis(120), TrustlyCallObserver.OK);
        } finally {
            caller.end();
        }

        SpanData call = exported.getFinishedSpanItems().get(0);
        assertThat(call.getName()).isEqualTo("Trustly/Deposit");
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
        assertThat(call.getTraceId()).isEqualTo(caller.getSpanContext().getTraceId());
        assertThat(call.getAttributes().get(PspCallTracing.RPC_SYSTEM)).isEqualTo("jsonrpc");
        assertThat(call.getAttributes().get(PspCallTracing.RPC_SERVICE)).isEqualTo("Trustly");
        assertThat(call.getAttributes().get(PspCallTracing.RPC_METHOD)).isEqualTo("Deposit");
        assertThat(call.getAttributes().get(PspCallTracing.JSONRPC_VERSION)).isEqualTo("1.1");
        assertThat(call.getAttributes().get(PspCallTracing.SERVER_ADDRESS)).isEqualTo("test.trustly.com");
        assertThat(call.getAttributes().get(PspCallTracing.SERVER_PORT)).isEqualTo(443L);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getAttributes().size()).as("nothing but the conventions' attributes").isEqualTo(6);
    }

    @Test
    void aTrustlyErrorIsAnErrorSpanWithItsCodeAndAnUnknownOutcomeItsType() {
        tracing.started("Refund").completed(Duration.ofMillis(40), "620");
        tracing.started("Refund").completed(Duration.ofSeconds(10), TrustlyCallObserver.UNKNOWN);

        SpanData error = exported.getFinishedSpanItems().get(0);
        assertThat(error.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(error.getAttributes().get(PspCallTracing.JSONRPC_ERROR_CODE)).isEqualTo(620L);
        assertThat(error.getAttributes().get(PspCallTracing.ERROR_TYPE)).isEqualTo("620");
        SpanData unknown = exported.getFinishedSpanItems().get(1);
        assertThat(unknown.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(unknown.getAttributes().get(PspCallTracing.ERROR_TYPE)).isEqualTo("unknown");
        assertThat(unknown.getAttributes().get(PspCallTracing.JSONRPC_ERROR_CODE)).isNull();
    }
}
