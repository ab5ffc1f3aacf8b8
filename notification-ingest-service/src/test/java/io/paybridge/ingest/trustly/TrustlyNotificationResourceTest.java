package io.paybridge.ingest.trustly;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.digest.Sha256;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PublishedNotifications;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /notifications/trustly: accepted, repeated and unknown notifications, what is stored, answered and published. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TrustlyNotificationResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    IngestDatabase database;

    @Test
    void aCreditIsStoredAcknowledgedWithASignedOkAndPublishedKeyedByItsOrder() {
        TestNotifications credit = TestNotifications.credit("1234.50", "EUR");

        byte[] reply = post(credit.body()).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(reply, credit, "credit")).isEqualTo("OK");
        assertThat(database.inboxRows(credit.notificationId())).isOne();
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            List<ConsumerRecord<String, SpecificRecord>> records = reader.await(
                    record -> record.key().equals(credit.orderId()), 1, WAIT);
            assertThat(records).hasSize(1);
            PspNotification published = (PspNotification) records.get(0).value();
            assertThat(published.getPsp()).isEqualTo(Psp.TRUSTLY);
            assertThat(published.getKind()).isEqualTo(NotificationKind.CREDIT);
            assertThat(published.getMethod()).isEqualTo("credit");
            assertThat(published.getNotificationId()).isEqualTo(credit.notificationId());
            assertThat(published.getPspOrderId()).isEqualTo(credit.orderId());
            assertThat(published.getAmount()).isEqualTo(123450L);
            assertThat(published.getCurrency()).isEqualTo("EUR");
            assertThat(published.getPspTimestamp()).isEqualTo(java.time.Instant.parse("2026-11-21T09:15:30.123456Z"));
        }
    }

    @Test
    void aRepeatedNotificationGetsTheStoredStatusSignedForItsOwnRequestAndNoSecondEffect() {
        TestNotifications first = TestNotifications.credit("10.00", "SEK");
        TestNotifications resent = TestNotifications.credit("10.00", "SEK")
                .notificationId(first.notificationId()).orderId(first.orderId());

        post(first.body()).then().statusCode(200);
        byte[] again = post(first.body()).then().statusCode(200).extract().asByteArray();
        byte[] resentReply = post(resent.body()).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(again, first, "credit")).isEqualTo("OK");
        assertThat(Replies.verifiedStatus(resentReply, resent, "credit")).isEqualTo("OK");
        assertThat(database.inboxRows(first.notificationId())).isOne();
        assertThat(PublishedNotifications.count(database, first.orderId())).isOne();
    }

    @Test
    void anUnknownMethodIsStoredAcknowledgedAndPublishedForConsumersToDecide() {
        TestNotifications unknown = TestNotifications.unknown("payoutdowngraded");

        byte[] reply = post(unknown.body()).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(reply, unknown, "payoutdowngraded")).isEqualTo("OK");
        assertThat(database.inboxRows(unknown.notificationId())).isOne();
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            PspNotification published = (PspNotification) reader.await(
                    record -> record.key().equals(unknown.orderId()), 1, WAIT).get(0).value();
            assertThat(published.getKind()).isEqualTo(NotificationKind.UNKNOWN);
            assertThat(published.getMethod()).isEqualTo("payoutdowngraded");
        }
    }

    @Test
    void anAccountNotificationPublishesAccountMetadataButNoNameAddressOrPersonId() {
        TestNotifications account = TestNotifications.accountWithKyc("9876543210");

        post(account.body()).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            ConsumerRecord<String, SpecificRecord> record = reader.await(
                    candidate -> candidate.key().equals(account.orderId()), 1, WAIT).get(0);
            PspNotification published = (PspNotification) record.value();
            assertThat(published.getKind()).isEqualTo(NotificationKind.ACCOUNT);
            assertThat(published.getAccount().getAccountId()).isEqualTo("9876543210");
            assertThat(published.getAccount().getBank()).isEqualTo("SEB");
            assertThat(published.getAccount().getLastDigits()).isEqualTo("084057");
            assertThat(published.getAccount().getDirectDebitMandate()).isTrue();
            String everything = published.toString();
            assertThat(everything).doesNotContain("Lindqvist", "Storgatan", "197001011234", "Stockholm");
        }
    }

    @Test
    void aNotificationSignedByAnotherKeyIsRefusedAuditedAndNotStored() {
        TestNotifications forged = TestNotifications.credit("99.00", "EUR")
                .signedBy(io.paybridge.ingest.fixture.TrustlyTestKeys.STRANGER);
        byte[] body = forged.body();

        post(body).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:notification-signature-invalid"))
                .body(not(containsString("signature\":")), not(containsString("OK")));

        assertThat(database.inboxRows(forged.notificationId())).isZero();
        assertThat(PublishedNotifications.count(database, forged.orderId())).isZero();
        assertThat(database.rejection(Sha256.hex(body))).isEqualTo("BAD_SIGNATURE from 127.0.0.1");
    }

    private static Response post(byte[] body) {
        return given().contentType("application/json; charset=utf-8").body(body).post("/notifications/trustly");
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
