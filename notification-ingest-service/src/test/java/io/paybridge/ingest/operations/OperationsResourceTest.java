package io.paybridge.ingest.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.paybridge.contracts.Topics;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.ingest.fixture.TrustlyTestKeys;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Readiness with PostgreSQL, the callback metrics, the trace carried into Kafka, and logs without personal data. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OperationsResourceTest {

    @Test
    void readinessIncludesPostgresql() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void theFunnelIsCountedPerPspMethodAndReason() {
        TestNotifications credit = TestNotifications.credit("3.00", "EUR");
        given().body(credit.body()).post("/notifications/trustly").then().statusCode(200);
        given().body(credit.body()).post("/notifications/trustly").then().statusCode(200);
        given().body(TestNotifications.credit("3.00", "EUR").signedBy(TrustlyTestKeys.STRANGER).body())
                .post("/notifications/trustly").then().statusCode(401);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains(
                "paybridge_ingest_callbacks_received_total{psp=\"trustly\"}",
                "paybridge_ingest_callbacks_accepted_total{method=\"credit\",psp=\"trustly\"}",
                "paybridge_ingest_callbacks_duplicate_total{psp=\"trustly\"}",
                "paybridge_ingest_callbacks_rejected_total{psp=\"trustly\",reason=\"bad-signature\"}",
                "paybridge_ingest_ack_latency_seconds_count{outcome=\"accepted\",psp=\"trustly\"}",
                "paybridge_ingest_ack_latency_seconds_bucket",
                "paybridge_outbox_lag_seconds",
                "paybridge_outbox_pending");
    }

    @Test
    void theCallbacksTraceContinuesIntoTheKafkaRecordsHeaders() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        TestNotifications credit = TestNotifications.credit("4.00", "EUR");

        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").body(credit.body())
                .post("/notifications/trustly").then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            ConsumerRecord<String, SpecificRecord> record = reader.await(
                    candidate -> candidate.key().equals(credit.orderId()), 1, Duration.ofSeconds(20)).get(0);
            Header traceparent = record.headers().lastHeader("traceparent");
            assertThat(traceparent).as("traceparent header").isNotNull();
            String value = new String(traceparent.value(), StandardCharsets.UTF_8);
            assertThat(value).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
        }
    }

    @Test
    void noNameAddressOrPersonIdReachesTheLogsEvenWhenACallbackIsRefused() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            TestNotifications account = TestNotifications.accountWithKyc("5555000011");
            given().body(account.body()).post("/notifications/trustly").then().statusCode(200);
            given().body(TestNotifications.accountWithKyc("5555000012").signedBy(TrustlyTestKeys.STRANGER).body())
                    .post("/notifications/trustly").then().statusCode(401);
            given().body(new String(account.body(), StandardCharsets.UTF_8).replace("}", "")).post("/notifications/trustly")
                    .then().statusCode(400);
        } finally {
            root.removeHandler(capture);
        }

        assertThat(lines).as("log lines seen").isNotEmpty();
        assertThat(String.join("\n", lines)).doesNotContain("Lindqvist", "Storgatan", "197001011234", "Stockholm");
    }
}
