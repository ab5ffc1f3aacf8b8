package io.paybridge.checkout.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.paybridge.checkout.fixture.RecordedSpans;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.report.Balance;
import io.paybridge.trustly.client.TrustlyClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The service's Trustly client (trustly-gateway) makes each PSP call a CLIENT span under the caller's span. In these
 * tests the PSP is unreachable, so the span also shows how a failed call looks.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PspCallSpanTest {

    @Inject
    TrustlyClient trustly;

    @Inject
    Tracer tracer;

    @Inject
    RecordedSpans spans;

    @Test
    void aPspCallIsAClientSpanUnderTheCallersSpan() {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            catchThrowable(() -> trustly.send(new Balance()).await().atMost(Duration.ofSeconds(10)));
        } finally {
            caller.end();
        }

        SpanData call = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> spans.ended().stream()
                .filter(span -> span.getName().equals("Trustly/Balance")
                        && span.getTraceId().equals(caller.getSpanContext().getTraceId()))
                .findFirst(), java.util.Optional::isPresent).get();
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().asMap()).extractingFromEntries(entry -> entry.getKey().getKey() + "=" + entry.getValue())
                .contains("rpc.system=jsonrpc", "rpc.method=Balance", "error.type=unreachable", "server.address=127.0.0.1");
    }
}
