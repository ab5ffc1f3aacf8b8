package io.paybridge.support.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class QueryRedactionTest {

    private static final String TRACE_ID = "5bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    EndedSpans spans;

    @Test
    void aServerSpanKeepsTheQuerysNamesButNotItsValues() {
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .queryParam("count", 10).queryParam("endUserId", "asa.testsson@example.com")
                .get("/test/payments/page").then().statusCode(200);

        SpanData server = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> spans.ended().stream()
                .filter(span -> span.getTraceId().equals(TRACE_ID) && span.getAttributes().get(QueryRedaction.URL_QUERY) != null)
                .findFirst(), Optional::isPresent).get();
        assertThat(server.getAttributes().get(QueryRedaction.URL_QUERY)).isEqualTo("count=REDACTED&endUserId=REDACTED");
        assertThat(server.getAttributes().asMap().values()).noneMatch(value -> String.valueOf(value).contains("asa.testsson"));
    }

    @Test
    void valuesAreRedactedAndNamesKept() {
        assertThat(QueryRedaction.redact("a=1&b=&c")).isEqualTo("a=REDACTED&b=REDACTED&c");
    }
}
