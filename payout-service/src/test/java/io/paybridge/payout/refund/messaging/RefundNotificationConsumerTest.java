package io.paybridge.payout.refund.messaging;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.NotificationFailure;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.contracts.payments.v1.RefundConfirmed;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.RefundApi;
import io.paybridge.payout.fixture.TestRefunds;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.payout.refund.domain.RefundFailureStage;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Refund notifications on the deposit's PSP order, on a real broker and database: payoutconfirmation, a credit that
 * is not the deposit's own (the refund came back), payoutfailed; each record applied once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundNotificationConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    PayoutDatabase database;

    @Inject
    TestRefunds refunds;

    @Test
    void aPayoutConfirmationConfirmsTheOldestAcceptedRefundOfItsAmount() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund older = refunds.accepted(deposit, 2_000);
        Refund newer = refunds.accepted(deposit, 2_000);
        Refund other = refunds.accepted(deposit, 3_000);
        PspNotification confirmation = NotificationRecords.of(NotificationKind.PAYOUT_CONFIRMATION, deposit.pspOrderId, 2_000, "EUR")
                .build();

        NotificationRecords.publish(confirmation);

        await().atMost(WAIT).until(() -> database.refund(older.refundId).status == RefundStatus.CONFIRMED);
        assertThat(database.refund(older.refundId).notificationId).isEqualTo(confirmation.getNotificationId());
        assertThat(database.refund(newer.refundId).status).isEqualTo(RefundStatus.ACCEPTED);
        assertThat(database.refund(other.refundId).status).isEqualTo(RefundStatus.ACCEPTED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(7_000);
        RefundConfirmed confirmed = (RefundConfirmed) eventsOf(deposit.orderRef, 7).stream()
                .filter(RefundConfirmed.class::isInstance).findFirst().orElseThrow();
        assertThat(confirmed.getRefundId()).isEqualTo(older.refundId);
        assertThat(confirmed.getNotificationId()).isEqualTo(confirmation.getNotificationId());
        assertThat(confirmed.getPspOrderId()).isEqualTo(deposit.pspOrderId);
        assertThat(confirmed.getAmount()).isEqualTo(2_000L);
    }

    @Test
    void aCreditThatIsNotTheDepositsOwnMeansTheRefundFailedAndItsAmountIsRefundableAgain() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund refund = refunds.accepted(deposit, 4_000);

        NotificationRecords.publish(NotificationRecords.of(NotificationKind.CREDIT, deposit.pspOrderId, 4_000, "EUR").build());

        await().atMost(WAIT).until(() -> database.refund(refund.refundId).status == RefundStatus.FAILED);
        assertThat(database.refund(refund.refundId).failureStage).isEqualTo(RefundFailureStage.RETURNED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isZero();
        assertThat(database.deposit(deposit.orderRef).refundCount).isZero();
        RefundFailed failed = (RefundFailed) eventsOf(deposit.orderRef, 3).get(2);
        assertThat(failed.getRefundId()).isEqualTo(refund.refundId);
        assertThat(failed.getStage()).isEqualTo(io.paybridge.contracts.payments.v1.RefundFailureStage.RETURNED);
        assertThat(failed.getPspOrderId()).isEqualTo(deposit.pspOrderId);
        // the whole deposit can be refunded again
        RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(deposit.orderRef, "100.00"))
                .then().statusCode(202);
    }

    @Test
    void theDepositsOwnCreditChangesNoRefund() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund whole = refunds.accepted(deposit, 10_000);
        PspNotification ownCredit = NotificationRecords.of(NotificationKind.CREDIT, deposit.pspOrderId, 10_000, "EUR")
                .setNotificationId(deposit.creditNotificationId).build();
        // a confirmation after it (same PSP order, same partition) can only confirm a refund the credit left alone
        PspNotification confirmation = NotificationRecords.of(NotificationKind.PAYOUT_CONFIRMATION, deposit.pspOrderId, 10_000, "EUR")
                .build();

        NotificationRecords.publish(ownCredit, confirmation);

        await().atMost(WAIT).until(() -> database.refund(whole.refundId).status == RefundStatus.CONFIRMED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(10_000);
        assertThat(database.anomalies(deposit.orderRef)).isEmpty();
    }

    @Test
    void aPayoutFailedFailsTheRefundWithThePspsError() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund refund = refunds.accepted(deposit, 1_500);

        NotificationRecords.publish(NotificationRecords.of(NotificationKind.PAYOUT_FAILED, deposit.pspOrderId, 1_500, "EUR")
                .setFailure(NotificationFailure.newBuilder().setErrorCode("9001").setErrorMessage("account closed").build())
                .build());

        await().atMost(WAIT).until(() -> database.refund(refund.refundId).status == RefundStatus.FAILED);
        Refund failed = database.refund(refund.refundId);
        assertThat(failed.failureStage).isEqualTo(RefundFailureStage.PAYOUT_FAILED);
        assertThat(failed.errorCode).isEqualTo("9001");
        assertThat(failed.errorMessage).isEqualTo("account closed");
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isZero();
        RefundFailed event = (RefundFailed) eventsOf(deposit.orderRef, 3).get(2);
        assertThat(event.getStage()).isEqualTo(io.paybridge.contracts.payments.v1.RefundFailureStage.PAYOUT_FAILED);
        assertThat(event.getErrorCode()).isEqualTo("9001");
    }

    @Test
    void aRedeliveredNotificationIsAppliedOnceAndOneThatFitsNoRefundIsAnAnomaly() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund first = refunds.accepted(deposit, 2_000);
        Refund second = refunds.accepted(deposit, 2_000);
        PspNotification confirmation = NotificationRecords.of(NotificationKind.PAYOUT_CONFIRMATION, deposit.pspOrderId, 2_000, "EUR")
                .build();
        PspNotification unmatched = NotificationRecords.of(NotificationKind.PAYOUT_CONFIRMATION, deposit.pspOrderId, 1_234, "EUR")
                .build();

        NotificationRecords.publish(confirmation, confirmation, unmatched);

        await().atMost(WAIT).until(() -> database.anomalies(deposit.orderRef).size() == 1);
        assertThat(database.refund(first.refundId).status).isEqualTo(RefundStatus.CONFIRMED);
        assertThat(database.refund(second.refundId).status).isEqualTo(RefundStatus.ACCEPTED);
        assertThat(database.anomalies(deposit.orderRef))
                .containsExactly("UNMATCHED_PAYOUT_CONFIRMATION " + unmatched.getNotificationId());
    }

    private List<SpecificRecord> eventsOf(String orderRef, int count) {
        await().atMost(WAIT).until(() -> database.waitingOutboxRows() == 0);
        return Events.of(orderRef, count);
    }
}
