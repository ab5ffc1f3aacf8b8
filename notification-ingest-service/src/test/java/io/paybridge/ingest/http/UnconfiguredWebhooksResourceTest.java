package io.paybridge.ingest.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PaymentsAiWebhooks;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.ingest.fixture.TrustlyNaWebhooks;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without credentials, the Trustly North America and PaymentsAI endpoints answer 503 and accept nothing, signed or not;
 * without payout-service's URL, neither is a withdrawal's debit.
 */
@QuarkusTest
@TestProfile(UnconfiguredWebhooksResourceTest.WithoutWebhookCredentials.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class UnconfiguredWebhooksResourceTest {

    @Inject
    IngestDatabase database;

    @Test
    void trustlyNorthAmericaWebhooksAreAnswered503AndNotStored() {
        TrustlyNaWebhooks event = TrustlyNaWebhooks.authorize();

        given().contentType("application/x-www-form-urlencoded").header("Authorization", event.authorization())
                .body(TrustlyNaWebhooks.text(event.body())).post("/notifications/trustly-na")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:callbacks-not-configured"));

        assertThat(database.inboxRows(event.eventId())).isZero();
        assertThat(database.rows("rejected_notification")).isZero();
    }

    @Test
    void paymentsAiWebhooksAreAnswered503AndNotStored() {
        PaymentsAiWebhooks event = PaymentsAiWebhooks.transactionProcessed();
        byte[] body = event.body();

        given().contentType("application/json").header("x-pai-signature", PaymentsAiWebhooks.hex(PaymentsAiWebhooks.SECRET, body))
                .body(body).post("/webhooks/paymentsai")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:callbacks-not-configured"));

        assertThat(database.inboxRows(event.deduplicationId())).isZero();
    }

    @Test
    void withoutAPayoutUrlAWithdrawalDebitIsAnswered503AndNotStoredWhileOtherDebitsAreAcknowledged() {
        TestNotifications withdrawalDebit = TestNotifications.withdrawalDebit("50.00", "EUR");
        TestNotifications depositDebit = TestNotifications.money("debit", "50.00", "EUR");

        post(withdrawalDebit).then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:withdrawal-debit-undecided"));
        byte[] depositReply = post(depositDebit).then().statusCode(200).extract().asByteArray();

        assertThat(database.inboxRows(withdrawalDebit.notificationId())).isZero();
        assertThat(Replies.verifiedStatus(depositReply, depositDebit, "debit")).isEqualTo("OK");
    }

    private static io.restassured.response.Response post(TestNotifications notification) {
        return given().contentType("application/json; charset=utf-8").body(notification.body()).post("/notifications/trustly");
    }

    /** Blanks the credentials and the payout URL, as an unset environment does. */
    public static class WithoutWebhookCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "paybridge.ingest.trustly-na.access-id", "",
                    "paybridge.ingest.trustly-na.access-key", "",
                    "paybridge.ingest.paymentsai.secret", "",
                    "paybridge.ingest.paymentsai.previous-secret", "",
                    "paybridge.ingest.payout.url", "");
        }
    }
}
