package io.paybridge.support.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.serde.CloudEvents;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.support.fixture.TestPayment;
import io.paybridge.support.fixture.TestPayments;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OutboxRelayProducerTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    TestPayments payments;

    @Inject
    OutboxWriter writer;

    @Inject
    Pool pool;

    @Test
    void aStateChangeAndItsEventCommitTogetherAndTheRelayPublishesItWithCloudEventsAndTraceHeaders() throws Throwable {
        String reference = "pay-" + UUID.randomUUID();
        String eventId = given().contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("reference", reference, "amount", "12.34", "currency", "EUR",
                        "payer", Map.of("id", "payer-1", "verified", true)))
                .post("/test/payments")
                .then().statusCode(201)
                .extract().path("eventId");

        TestPayment stored = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> TestPayment.<TestPayment>findById(reference)));
        assertThat(stored.amount).isEqualTo(1234);

        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            List<ConsumerRecord<String, SpecificRecord>> records =
                    consumer.await(record -> reference.equals(record.key()), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            ConsumerRecord<String, SpecificRecord> record = records.get(0);
            DepositInitiated event = (DepositInitiated) record.value();
            assertThat(event).isEqualTo(DepositInitiated.newBuilder()
                    .setEventId(eventId)
                    .setOccurredAt(event.getOccurredAt())
                    .setPaymentReference(reference)
                    .setCorrelationId("corr-" + reference)
                    .setPspOrderId("psp-" + reference)
                    .setAmount(1234)
                    .setCurrency("EUR")
                    .build());
            assertThat(header(record, CloudEvents.ID)).isEqualTo(eventId);
            assertThat(header(record, CloudEvents.TYPE)).isEqualTo("io.paybridge.contracts.payments.v1.DepositInitiated");
            assertThat(header(record, CloudEvents.SOURCE)).isEqualTo("/paybridge/service-support-test");
            assertThat(header(record, CloudEvents.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEvents.CONTENT_TYPE)).isEqualTo("application/avro");
            assertThat(header(record, CloudEvents.TIME))
                    .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(event.getOccurredAt()));
            // The request's trace continues in the record: same trace id, the server span as parent.
            assertThat(header(record, "traceparent")).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(unpublished()).isZero());
        // Counted by topic and event type once Kafka has it: on payments.events.v1 that is the payment funnel.
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString()).containsPattern(
                "paybridge_outbox_published_total\\{event_type=\"DepositInitiated\",topic=\"payments.events.v1\"\\} [1-9]");
    }

    /**
     * Woken runs claim above the highest id removed; a row whose transaction took its id before a later one's and
     * commits after that one was published lies below it, and the periodic poll, which claims from the start, sends it.
     */
    @Test
    void aRowCommittedAfterRowsWithHigherIdsWerePublishedIsPublishedAllTheSame() throws Throwable {
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        OutboxMessage message = writer.encode(Topics.EVENTS, late, TestPayments.initiated(late, 1, "EUR"));
        CompletableFuture<Long> lateId = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        CompletableFuture<Void> committed = pool.withTransaction(connection -> connection
                        .preparedQuery(OutboxSql.insertFrom("(SELECT 1) AS one", 1) + " RETURNING id")
                        .execute(OutboxSql.append(Tuple.tuple(), message))
                        .invoke(rows -> lateId.complete(rows.iterator().next().getLong("id")))
                        .flatMap(rows -> Uni.createFrom().completionStage(commit)))
                .subscribeAsCompletionStage();
        lateId.get(10, TimeUnit.SECONDS);

        // a later transaction takes a higher id and commits, and the relay publishes and removes its row
        VertxContextSupport.subscribeAndAwait(() -> payments.create(early, 2, "EUR"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(count("from OutboxMessage where messageKey = ?1", early)).isZero());
        commit.complete(null);
        committed.get(10, TimeUnit.SECONDS);

        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            assertThat(consumer.await(record -> late.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(count("from OutboxMessage where messageKey = ?1", late)).isZero());
    }

    @Test
    void aRolledBackTransactionLeavesNoOutboxMessage() throws Throwable {
        String reference = "rolled-back-" + UUID.randomUUID();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(
                () -> payments.createThenFail(reference, 500, "SEK")))
                .hasMessage("failure after the outbox write");

        assertThat(count("from OutboxMessage where messageKey = ?1", reference)).isZero();
        assertThat(count("from TestPayment where reference = ?1", reference)).isZero();
    }

    @Test
    void theWriterRefusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> payments.createInTransaction("no-tx-" + UUID.randomUUID(), 1, "EUR"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside @WithTransaction");
    }

    @Test
    void theWriterRefusesAnEventTheTopicDoesNotCarry() throws Throwable {
        OutboxWriter writer = io.quarkus.arc.Arc.container().instance(OutboxWriter.class).get();
        assertThatThrownBy(() -> writer.write(Topics.NOTIFICATIONS, "key",
                        TestPayments.initiated("ref", 1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payments.notifications.v1 does not carry io.paybridge.contracts.payments.v1.DepositInitiated");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEvents.header(record.headers(), name).orElseThrow();
    }

    private static long unpublished() throws Throwable {
        return count("from OutboxMessage");
    }

    private static long count(String query, Object... parameters) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> Panache.getSession().flatMap(session -> {
                    var select = session.createSelectionQuery("select count(*) " + query, Long.class);
                    for (int i = 0; i < parameters.length; i++) {
                        select.setParameter(i + 1, parameters[i]);
                    }
                    return select.getSingleResult();
                })));
    }
}
