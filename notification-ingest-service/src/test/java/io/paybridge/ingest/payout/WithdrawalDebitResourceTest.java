package io.paybridge.ingest.payout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PayoutStandIn;
import io.paybridge.ingest.fixture.PayoutStandIn.Answer;
import io.paybridge.ingest.fixture.PayoutStandInResource;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.signature.PemKeys;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A withdrawal's debit ({@code messageid wdr-…}) is answered as payout-service decides, asked over real HTTP
 * ({@link PayoutStandIn}); when it does not decide, the debit is answered 503 and nothing is stored.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PayoutStandInResource.class)
class WithdrawalDebitResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String UNDECIDED = "urn:paybridge:problem:withdrawal-debit-undecided";
    private static PayoutStandIn payout;

    @Inject
    IngestDatabase database;

    @BeforeEach
    void standIn() {
        if (payout == null) {
            URI url = ConfigProvider.getConfig().getValue("paybridge.ingest.payout.url", URI.class);
            payout = new PayoutStandIn(url.getPort());
        }
    }

    @AfterAll
    static void stopStandIn() {
        if (payout != null) {
            payout.close();
            payout = null;
        }
    }

    @Test
    void aDebitPayoutAcceptsIsAskedWithItsIdsAndAmountAsReceivedStoredAnsweredOkAndPublished() {
        payout.answering(Answer.OK);
        TestNotifications debit = TestNotifications.withdrawalDebit("25.5", "EUR");
        double decidedOk = metric("paybridge_ingest_withdrawal_debit_decisions_total", "status=\"OK\"");

        byte[] reply = post(debit).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(reply, debit, "debit")).isEqualTo("OK");
        assertThat(database.replyStatus(debit.notificationId())).isEqualTo("OK");
        assertThat(payout.requests()).hasSize(1);
        PayoutStandIn.Request asked = payout.requests().get(0);
        assertThat(asked.path()).isEqualTo("/internal/v1/withdrawal-debits");
        assertThat(asked.body()).isEqualTo(new JsonObject()
                .put("notificationId", debit.notificationId())
                .put("pspOrderId", debit.orderId())
                .put("messageId", debit.messageId())
                .put("amount", "25.5")
                .put("currency", "EUR"));
        assertThat(metric("paybridge_ingest_withdrawal_debit_decisions_total", "status=\"OK\"")).isEqualTo(decidedOk + 1);
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            PspNotification published = (PspNotification) reader.await(
                    record -> record.key().equals(debit.orderId()), 1, WAIT).get(0).value();
            assertThat(published.getKind()).isEqualTo(NotificationKind.DEBIT);
            assertThat(published.getMessageId()).isEqualTo(debit.messageId());
            assertThat(published.getAmount()).isEqualTo(2550L);
        }
    }

    @Test
    void aDebitPayoutRefusesIsAnsweredFailedAndItsRepeatGetsTheStoredFailedWithoutAskingAgain() {
        payout.answering(Answer.FAILED);
        TestNotifications debit = TestNotifications.withdrawalDebit("100.00", "SEK");

        byte[] first = post(debit).then().statusCode(200).extract().asByteArray();
        payout.answering(Answer.OK);
        TestNotifications resent = TestNotifications.withdrawalDebit("100.00", "SEK")
                .notificationId(debit.notificationId()).orderId(debit.orderId()).messageId(debit.messageId());
        byte[] again = post(resent).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(first, debit, "debit")).isEqualTo("FAILED");
        assertThat(Replies.verifiedStatus(again, resent, "debit")).isEqualTo("FAILED");
        assertThat(database.replyStatus(debit.notificationId())).isEqualTo("FAILED");
        assertThat(database.inboxRows(debit.notificationId())).isOne();
        assertThat(payout.requests()).isEmpty();
    }

    @Test
    void theBearerTokenIsTheIngestsOwnWithThePspCallbacksRoleForFiveMinutesAndIsReused() throws Exception {
        payout.answering(Answer.OK);

        post(TestNotifications.withdrawalDebit("1.00", "EUR")).then().statusCode(200);
        post(TestNotifications.withdrawalDebit("2.00", "EUR")).then().statusCode(200);

        List<String> authorizations = payout.requests().stream().map(PayoutStandIn.Request::authorization).toList();
        assertThat(authorizations).hasSize(2);
        assertThat(authorizations.get(1)).isEqualTo(authorizations.get(0));
        assertThat(authorizations.get(0)).startsWith("Bearer ");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(PemKeys.publicKey(Path.of("src/test/resources/keys/test-jwt-public.pem")))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("https://paybridge.local/dev")
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .build()
                .processToClaims(authorizations.get(0).substring("Bearer ".length()));
        assertThat(claims.getSubject()).isEqualTo("notification-ingest-service");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("payments:psp-callbacks");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
    }

    @ParameterizedTest
    @EnumSource(value = Answer.class, names = {"ERROR", "NONSENSE", "SLOWLY", "NOT_LISTENING"})
    void aDebitPayoutDoesNotDecideIsAnswered503WithoutAcknowledgementStoresNothingAndItsRetryIsDecided(Answer answer) {
        payout.answering(answer);
        TestNotifications debit = TestNotifications.withdrawalDebit("40.00", "EUR");
        String reason = switch (answer) {
            case ERROR -> "error-status";
            case NONSENSE -> "bad-answer";
            case SLOWLY -> "timeout";
            default -> "unreachable";
        };
        double failures = metric("paybridge_ingest_withdrawal_debit_failures_total", "reason=\"" + reason + "\"");

        long started = System.nanoTime();
        post(debit).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(UNDECIDED))
                .body(not(containsString("signature")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(database.inboxRows(debit.notificationId())).isZero();
        assertThat(metric("paybridge_ingest_withdrawal_debit_failures_total", "reason=\"" + reason + "\""))
                .isEqualTo(failures + 1);

        payout.answering(Answer.OK);
        byte[] retried = post(debit).then().statusCode(200).extract().asByteArray();
        assertThat(Replies.verifiedStatus(retried, debit, "debit")).isEqualTo("OK");
        assertThat(database.replyStatus(debit.notificationId())).isEqualTo("OK");
    }

    @Test
    void aDepositsDebitAndAWithdrawalsCreditAreAnsweredOkWithoutAskingPayout() {
        payout.answering(Answer.FAILED);
        TestNotifications depositDebit = TestNotifications.money("debit", "30.00", "EUR").messageId("dep-0123456789abcdef");
        TestNotifications withdrawalCredit = TestNotifications.credit("30.00", "EUR").messageId("wdr-0123456789abcdef");

        byte[] debitReply = post(depositDebit).then().statusCode(200).extract().asByteArray();
        byte[] creditReply = post(withdrawalCredit).then().statusCode(200).extract().asByteArray();

        assertThat(Replies.verifiedStatus(debitReply, depositDebit, "debit")).isEqualTo("OK");
        assertThat(Replies.verifiedStatus(creditReply, withdrawalCredit, "credit")).isEqualTo("OK");
        assertThat(payout.requests()).isEmpty();
    }

    private static Response post(TestNotifications notification) {
        return given().contentType("application/json; charset=utf-8").body(notification.body()).post("/notifications/trustly");
    }

    /** A counter's value from {@code /q/metrics} (the number after the labels, before any exemplar); 0 before it is first counted. */
    private static double metric(String name, String tag) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf("} ") + 2).split(" ")[0]))
                .findFirst().orElse(0);
    }
}
