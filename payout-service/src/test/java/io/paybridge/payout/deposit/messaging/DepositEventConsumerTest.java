package io.paybridge.payout.deposit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.payout.deposit.domain.DepositStanding;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.DeadLetters;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.RefundApi;
import io.paybridge.testkit.kafka.CatalogRecords;
import io.paybridge.payout.fixture.TestDeposits;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deposits refunds draw on, from checkout's events on a real broker: credited, reversed, each event once. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DepositEventConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    PayoutDatabase database;

    @Test
    void aCreditedDepositBecomesRefundableOnceAndALaterCreditChangesNothing() {
        String orderRef = TestDeposits.orderRef();
        String pspOrderId = TestDeposits.pspOrderId();
        DepositCredited credited = TestDeposits.creditedEvent(orderRef, pspOrderId, 12_500, "SEK", "n-" + orderRef);
        DepositCredited another = TestDeposits.creditedEvent(orderRef, pspOrderId, 99_900, "SEK", "n2-" + orderRef);

        CatalogRecords.publish(Topics.EVENTS, orderRef, credited, credited, another);

        await().atMost(WAIT).until(() -> database.deposit(orderRef) != null);
        // a later deposit's event proves the three above were consumed
        String later = TestDeposits.orderRef();
        CatalogRecords.publish(Topics.EVENTS, later, TestDeposits.creditedEvent(later, TestDeposits.pspOrderId(), 100, "SEK", "n-" + later));
        await().atMost(WAIT).until(() -> database.deposit(later) != null);
        RefundableDeposit deposit = database.deposit(orderRef);
        assertThat(deposit.pspOrderId).isEqualTo(pspOrderId);
        assertThat(deposit.currency).isEqualTo("SEK");
        assertThat(deposit.creditedMinor).isEqualTo(12_500);
        assertThat(deposit.refundedMinor).isZero();
        assertThat(deposit.status).isEqualTo(DepositStanding.CREDITED);
        assertThat(deposit.creditNotificationId).isEqualTo("n-" + orderRef);
        assertThat(deposit.creditedAt).isEqualTo(credited.getPspTimestamp());
    }

    @Test
    void aDebitedDepositTakesNoRefund() {
        String orderRef = TestDeposits.orderRef();
        String pspOrderId = TestDeposits.pspOrderId();

        CatalogRecords.publish(Topics.EVENTS, orderRef, TestDeposits.creditedEvent(orderRef, pspOrderId, 5_000, "EUR", "n-" + orderRef),
                TestDeposits.debitedEvent(orderRef, pspOrderId, 5_000, "EUR"));

        await().atMost(WAIT).until(() -> database.deposit(orderRef) != null
                && database.deposit(orderRef).status == DepositStanding.DEBITED);
        Response response = RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(),
                RefundApi.body(orderRef, "10.00"));
        response.then().statusCode(422);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:deposit-reversed");
        assertThat(database.refundsOf(orderRef)).isEmpty();
    }

    /**
     * A deposit event that could never be stored goes to the dead-letter topic. (Unreadable bytes are tested on the
     * other channels, PoisonRecordConsumerTest: on this topic they would stop every test that reads it with the serde.)
     */
    @Test
    void aDepositEventWithoutAmountGoesToTheDeadLetterTopicWithItsReason() {
        String zero = TestDeposits.orderRef();

        CatalogRecords.publish(Topics.EVENTS, zero, TestDeposits.creditedEvent(zero, TestDeposits.pspOrderId(), 0, "EUR", "n-" + zero));

        assertThat(DeadLetters.of(Topics.EVENTS, zero, WAIT)).hasSize(1)
                .first().satisfies(record -> assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8)).contains("not above zero"));
        assertThat(database.deposit(zero)).isNull();
    }
}
