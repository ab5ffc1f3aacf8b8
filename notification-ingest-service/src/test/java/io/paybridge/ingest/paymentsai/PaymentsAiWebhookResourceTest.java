package io.paybridge.ingest.paymentsai;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.digest.Sha256;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PublishedNotifications;
import io.paybridge.ingest.fixture.ParallelPosts;
import io.paybridge.ingest.fixture.PaymentsAiWebhooks;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /webhooks/paymentsai: verified, repeated, concurrent, rotated and refused webhooks, what is stored, answered and published. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PaymentsAiWebhookResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JSON = "application/json";

    @Inject
    IngestDatabase database;

    @TestHTTPResource("/webhooks/paymentsai")
    URI endpoint;

    @Test
    void aTransactionEventIsStoredAnsweredExactly200AndPublishedKeyedByItsTransactionWithoutCustomerData() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();

        post(body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body))
                .then().statusCode(200).contentType(JSON).body("received", equalTo(true));

        assertThat(database.inboxRows(event.deduplicationId())).isOne();
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            List<ConsumerRecord<String, SpecificRecord>> records = reader.await(
                    record -> record.key().equals(event.transactionId()), 1, WAIT);
            assertThat(records).hasSize(1);
            PspNotification published = (PspNotification) records.get(0).value();
            assertThat(published.getPsp()).isEqualTo(Psp.PAYMENTSAI);
            assertThat(published.getKind()).isEqualTo(NotificationKind.UNKNOWN);
            assertThat(published.getMethod()).isEqualTo("transaction-processed");
            assertThat(published.getNotificationId()).isEqualTo(event.deduplicationId());
            assertThat(published.getPspOrderId()).isEqualTo(event.transactionId());
            assertThat(published.getPaymentReference()).isEqualTo(event.transactionId());
            assertThat(published.getAmount()).isNull();
            assertThat(published.toString()).doesNotContain("Jane", "Doe", "example.com", "424242");
        }
    }

    @Test
    void anEventNamingNoTransactionIsKeyedByItsDeduplicationId() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.subscriptionRenewed();
        byte[] body = event.body();

        post(body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body)).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            PspNotification published = (PspNotification) reader.await(
                    record -> record.key().equals(event.deduplicationId()), 1, WAIT).get(0).value();
            assertThat(published.getMethod()).isEqualTo("subscription-renewed");
            assertThat(published.getPspOrderId()).isEmpty();
        }
    }

    @Test
    void aRepeatedEventIsAnsweredExactly200WithoutASecondInboxRowOrRecord() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();
        String signature = PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body);

        post(body, signature).then().statusCode(200);
        post(body, signature).then().statusCode(200).body("received", equalTo(true));

        assertThat(database.inboxRows(event.deduplicationId())).isOne();
        assertThat(PublishedNotifications.count(database, event.transactionId())).isOne();
    }

    @Test
    void concurrentCopiesOfManyEventsAreEachStoredOnceAndAllAnswered200() {
        List<PaymentsAiWebhooks> events = IntStream.range(0, 20)
                .mapToObj(i -> PaymentsAiWebhooks.transactionProcessed()).toList();
        ParallelPosts posts = new ParallelPosts();
        for (PaymentsAiWebhooks event : events) {
            byte[] body = event.body();
            for (int copy = 0; copy < 8; copy++) {
                posts.add(endpoint, body, Map.of("Content-Type", JSON,
                        "x-pai-signature", PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body)));
            }
        }

        List<Integer> statuses = posts.statuses();

        assertThat(statuses).hasSize(160).containsOnly(200);
        Map<String, Long> published = PublishedNotifications.counts(database, events.stream().map(PaymentsAiWebhooks::transactionId).toList());
        for (PaymentsAiWebhooks event : events) {
            assertThat(database.inboxRows(event.deduplicationId())).as("inbox rows of %s", event.deduplicationId()).isOne();
            assertThat(published.getOrDefault(event.transactionId(), 0L)).as("records of %s", event.deduplicationId()).isOne();
        }
    }

    @Test
    void aSignatureInBase64IsAcceptedToo() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();

        post(body, PaymentsAiWebhooks.base64(PaymentsAiWebhooks.SECRET, body)).then().statusCode(200);

        assertThat(database.inboxRows(event.deduplicationId())).isOne();
    }

    @Test
    void afterARotationThePreviousSecretIsStillAccepted() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();

        post(body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.PREVIOUS_SECRET, body)).then().statusCode(200);

        assertThat(database.inboxRows(event.deduplicationId())).isOne();
    }

    @Test
    void aThirdSecretIsRefused401AuditedAndNotStored() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();

        assertRefused(event, body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.THIRD_SECRET, body), 401,
                "notification-signature-invalid", "BAD_SIGNATURE");
    }

    @Test
    void aBodyTamperedAfterSigningIsRefused401() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        String signature = PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, event.body());
        byte[] tampered = new String(event.body(), StandardCharsets.UTF_8).replace("49.99", "0.01")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(event, tampered, signature, 401, "notification-signature-invalid", "BAD_SIGNATURE");
    }

    @Test
    void anEventWithoutSignatureIsRefused401AuditedAndNotStored() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();

        assertRefused(event, event.body(), null, 401, "notification-signature-invalid", "BAD_SIGNATURE");
    }

    @Test
    void aSignedBodyThatIsNotJsonIsRefused400AuditedAndNotStored() {
        byte[] body = "{\"deduplicationId\":\"dedup-x\",\"type\":\"transaction-processed\",".getBytes(StandardCharsets.UTF_8);

        post(body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:malformed-notification"));

        assertThat(database.rejection(Sha256.hex(body))).isEqualTo("MALFORMED from 127.0.0.1");
    }

    @Test
    void aSignedEventWithoutDeduplicationIdIsRefused400AuditedAndNotStored() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed().without("deduplicationId");
        byte[] body = event.body();

        assertRefused(event, body, PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body), 400,
                "malformed-notification", "MALFORMED");
    }

    private void assertRefused(PaymentsAiWebhooks event, byte[] body, String signature, int status, String problem,
            String reason) {
        String answer = post(body, signature)
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:" + problem))
                .extract().asString();

        assertThat(answer).doesNotContain(event.transactionId(), "Jane", "example.com");
        if (signature != null) {
            assertThat(answer).doesNotContain(signature);
        }
        assertThat(database.inboxRows(event.deduplicationId())).isZero();
        assertThat(PublishedNotifications.count(database, event.transactionId())).isZero();
        assertThat(database.rejection(Sha256.hex(body))).isEqualTo(reason + " from 127.0.0.1");
    }

    private static Response post(byte[] body, String signature) {
        RequestSpecification request = given().contentType(JSON).body(body);
        if (signature != null) {
            request.header("x-pai-signature", signature);
        }
        return request.post("/webhooks/paymentsai");
    }
}
