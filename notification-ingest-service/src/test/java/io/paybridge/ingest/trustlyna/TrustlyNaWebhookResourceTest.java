package io.paybridge.ingest.trustlyna;

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
import io.paybridge.ingest.fixture.TrustlyNaWebhooks;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /notifications/trustly-na: authenticated, repeated, concurrent and refused webhooks, what is stored, answered and published. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TrustlyNaWebhookResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    IngestDatabase database;

    @TestHTTPResource("/notifications/trustly-na")
    URI endpoint;

    @Test
    void anEventIsStoredAnsweredExactly200AndPublishedKeyedByItsTransactionWithoutCustomerData() {
        TrustlyNaWebhooks event = TrustlyNaWebhooks.authorizeWithCustomer();

        post(event).then().statusCode(200).contentType("application/json").body("received", equalTo(true));

        assertThat(database.inboxRows(event.eventId())).isOne();
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            List<ConsumerRecord<String, SpecificRecord>> records = reader.await(
                    record -> record.key().equals(event.objectId()), 1, WAIT);
            assertThat(records).hasSize(1);
            PspNotification published = (PspNotification) records.get(0).value();
            assertThat(published.getPsp()).isEqualTo(Psp.TRUSTLY_NA);
            assertThat(published.getKind()).isEqualTo(NotificationKind.UNKNOWN);
            assertThat(published.getMethod()).isEqualTo("Authorize");
            assertThat(published.getNotificationId()).isEqualTo(event.eventId());
            assertThat(published.getPspOrderId()).isEqualTo(event.objectId());
            assertThat(published.getPaymentReference()).isEqualTo(event.merchantReference());
            assertThat(published.getMessageId()).isEqualTo(event.merchantReference());
            assertThat(published.getPspTimestamp()).isEqualTo(Instant.ofEpochMilli(1556234040954L));
            assertThat(published.getOccurredAt()).isEqualTo(Instant.ofEpochMilli(1556234040954L));
            assertThat(published.getAmount()).isNull();
            assertThat(published.getCurrency()).isNull();
            assertThat(published.getEndUserId()).isNull();
            assertThat(published.toString()).doesNotContain("Jane", "Doe", "example.com");
        }
    }

    @Test
    void aRepeatedEventIsAnsweredTheSameWithoutASecondInboxRowOrRecord() {
        TrustlyNaWebhooks event = TrustlyNaWebhooks.authorize();

        post(event).then().statusCode(200);
        post(event).then().statusCode(200).body("received", equalTo(true));

        assertThat(database.inboxRows(event.eventId())).isOne();
        assertThat(PublishedNotifications.count(database, event.objectId())).isOne();
    }

    @Test
    void concurrentCopiesOfManyEventsAreEachStoredOnceAndAllAnswered200() {
        List<TrustlyNaWebhooks> events = IntStream.range(0, 20).mapToObj(i -> TrustlyNaWebhooks.authorize()).toList();
        ParallelPosts posts = new ParallelPosts();
        for (TrustlyNaWebhooks event : events) {
            for (int copy = 0; copy < 8; copy++) {
                posts.add(endpoint, event.body(), Map.of("Content-Type", FORM, "Authorization", event.authorization()));
            }
        }

        List<Integer> statuses = posts.statuses();

        assertThat(statuses).hasSize(160).containsOnly(200);
        Map<String, Long> published = PublishedNotifications.counts(database, events.stream().map(TrustlyNaWebhooks::objectId).toList());
        for (TrustlyNaWebhooks event : events) {
            assertThat(database.inboxRows(event.eventId())).as("inbox rows of event %s", event.eventId()).isOne();
            assertThat(published.getOrDefault(event.objectId(), 0L)).as("records of event %s", event.eventId()).isOne();
        }
    }

    @Test
    void anEventSignedWithAnotherKeyIsRefused401AuditedAndNotStored() {
        TrustlyNaWebhooks forged = TrustlyNaWebhooks.authorize()
                .signedWith(TrustlyNaWebhooks.ACCESS_ID, "somebody-elses-access-key");

        assertRefused(forged, forged.authorization(), 401, "notification-signature-invalid", "BAD_SIGNATURE");
    }

    @Test
    void anEventNamingAnotherAccessIdIsRefused401AuditedAndNotStored() {
        TrustlyNaWebhooks stranger = TrustlyNaWebhooks.authorize()
                .signedWith("another-merchants-access-id", TrustlyNaWebhooks.ACCESS_KEY);

        assertRefused(stranger, stranger.authorization(), 401, "notification-credentials-invalid", "BAD_CREDENTIALS");
    }

    @Test
    void anEventWithoutAuthorizationIsRefused401AuditedAndNotStored() {
        TrustlyNaWebhooks anonymous = TrustlyNaWebhooks.authorize();

        assertRefused(anonymous, null, 401, "notification-credentials-invalid", "BAD_CREDENTIALS");
    }

    @Test
    void aBodyTamperedAfterSigningIsRefused401() {
        TrustlyNaWebhooks original = TrustlyNaWebhooks.authorize();
        String authorization = original.authorization();
        TrustlyNaWebhooks tampered = original.field("objectId", "1");

        assertRefused(tampered, authorization, 401, "notification-signature-invalid", "BAD_SIGNATURE");
    }

    @Test
    void aSignedEventWithoutEventIdIsRefused400AuditedAndNotStored() {
        TrustlyNaWebhooks incomplete = TrustlyNaWebhooks.authorize().without("eventId");

        assertRefused(incomplete, incomplete.authorization(), 400, "malformed-notification", "MALFORMED");
    }

    @Test
    void aBodyWithABrokenPercentEscapeIsRefused400() {
        String body = "merchantId=1&eventId=9%G1&eventType=Authorize";
        String authorization = TrustlyNaWebhooks.basic(TrustlyNaWebhooks.ACCESS_ID, "c2lnbmF0dXJl");

        given().contentType(FORM).header("Authorization", authorization).body(body)
                .post("/notifications/trustly-na")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:malformed-notification"));

        assertThat(database.rejection(Sha256.hex(body.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("MALFORMED from 127.0.0.1");
    }

    private void assertRefused(TrustlyNaWebhooks event, String authorization, int status, String problem, String reason) {
        byte[] body = event.body();
        RequestSpecification request = given().contentType(FORM).body(TrustlyNaWebhooks.text(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }

        String answer = request.post("/notifications/trustly-na")
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:" + problem))
                .extract().asString();

        assertThat(answer).doesNotContain(event.merchantReference(), "Authorized", TrustlyNaWebhooks.ACCESS_ID);
        if (authorization != null) {
            assertThat(answer).doesNotContain(authorization.substring("Basic ".length()));
        }
        if (event.eventId() != null) {
            assertThat(database.inboxRows(event.eventId())).isZero();
        }
        assertThat(PublishedNotifications.count(database, event.objectId())).isZero();
        assertThat(database.rejection(Sha256.hex(body))).isEqualTo(reason + " from 127.0.0.1");
    }

    private static Response post(TrustlyNaWebhooks event) {
        return given().contentType(FORM).header("Authorization", event.authorization())
                .body(TrustlyNaWebhooks.text(event.body()))
                .post("/notifications/trustly-na");
    }
}
