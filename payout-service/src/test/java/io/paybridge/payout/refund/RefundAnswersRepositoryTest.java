package io.paybridge.payout.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.RefundAccepted;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.TestRefunds;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.PspCallFailures;
import io.paybridge.payout.refund.domain.RefundFailureStage;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.OrderResult;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** What each answer of the PSP to Refund makes of a reserved refund, in the database and on the events topic. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundAnswersRepositoryTest {

    @Inject
    TestRefunds refunds;

    @Inject
    PayoutDatabase database;

    @Test
    void anAcceptedRefundKeepsItsAmountAndSaysSo() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");

        Refund accepted = refunds.accepted(deposit, 4_000);

        assertThat(accepted.status).isEqualTo(RefundStatus.ACCEPTED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(4_000);
        List<SpecificRecord> events = events(deposit.orderRef, 2);
        assertThat(events.get(0)).isInstanceOf(RefundRequested.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(RefundAccepted.class, event -> {
            assertThat(event.getRefundId()).isEqualTo(accepted.refundId);
            assertThat(event.getPspOrderId()).isEqualTo(deposit.pspOrderId);
        });
    }

    @Test
    void aRefusedRefundFailsAsRejectedAndGivesItsAmountBack() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");

        Refund refused = refunds.answered(refunds.requested(deposit, 4_000), new PspAttempt.Refused<>("616",
                "ERROR_INVALID_CREDENTIALS", new ProblemException(PspCallFailures.PSP_FAILED, "credentials")));

        assertThat(refused.status).isEqualTo(RefundStatus.FAILED);
        assertThat(refused.failureStage).isEqualTo(RefundFailureStage.REJECTED);
        assertThat(refused.errorCode).isEqualTo("616");
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isZero();
        assertThat(database.deposit(deposit.orderRef).refundCount).isZero();
        assertThat(events(deposit.orderRef, 2).get(1)).isInstanceOfSatisfying(RefundFailed.class, event -> {
            assertThat(event.getStage()).isEqualTo(io.paybridge.contracts.payments.v1.RefundFailureStage.REJECTED);
            assertThat(event.getErrorCode()).isEqualTo("616");
            assertThat(event.getPspOrderId()).isNull();
        });
    }

    @Test
    void resultZeroIsARefusalAndALateAnswerChangesNothing() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund notAccepted = refunds.answered(refunds.requested(deposit, 1_000),
                new PspAttempt.Answered<>(new OrderResult(deposit.pspOrderId, false)));
        Refund accepted = refunds.accepted(deposit, 2_000);

        Refund late = refunds.answered(accepted, new PspAttempt.Unanswered<>("timeout"));

        assertThat(notAccepted.status).isEqualTo(RefundStatus.FAILED);
        assertThat(notAccepted.errorCode).isEqualTo("0");
        assertThat(late.status).isEqualTo(RefundStatus.ACCEPTED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(2_000);
    }

    @Test
    void aRefundNotSentStaysRequestedWithItsReservation() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");

        Refund notSent = refunds.answered(refunds.requested(deposit, 1_000), new PspAttempt.NotSent<>("circuit open"));

        assertThat(notSent.status).isEqualTo(RefundStatus.REQUESTED);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(1_000);
    }

    private List<SpecificRecord> events(String orderRef, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> database.waitingOutboxRows() == 0);
        return Events.of(orderRef, count);
    }
}
