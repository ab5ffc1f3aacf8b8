package io.paybridge.payout.refund;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.TestRefunds;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The resolver resends refunds without an answer with their own UUID, against the real database (the PSP
 * unreachable, so a resend stays unanswered): the reservation stays, the attempt is counted, no new refund appears.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundResolverRepositoryTest {

    @Inject
    RefundResolver resolver;

    @Inject
    TestRefunds refunds;

    @Inject
    PayoutDatabase database;

    @Test
    void anUnknownRefundIsResentWithItsOwnUuidAndKeepsItsReservation() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund unknown = refunds.answered(refunds.requested(deposit, 3_000), new PspAttempt.Unanswered<>("no answer"));
        assertThat(unknown.status).isEqualTo(RefundStatus.UNKNOWN);

        assertThat(PayoutDatabase.await(() -> resolver.resolve(unknown.refundId))).isPresent();

        Refund resent = database.refund(unknown.refundId);
        assertThat(resent.status).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(resent.uuid).isEqualTo(unknown.uuid);
        assertThat(resent.attempts).isEqualTo(unknown.attempts + 1);
        assertThat(database.refundsOf(deposit.orderRef)).hasSize(1);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(3_000);
    }

    @Test
    void aRefundThePspAnsweredIsNeverResent() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund accepted = refunds.accepted(deposit, 3_000);

        assertThat(PayoutDatabase.await(() -> resolver.resolve(accepted.refundId))).isEmpty();

        assertThat(database.refund(accepted.refundId).attempts).isEqualTo(accepted.attempts);
    }

    @Test
    void aRequestedRefundNotSentForLongerThanResolveAfterIsSentByTheScheduledRun() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund stale = refunds.requested(deposit, 1_000);
        Refund fresh = refunds.requested(deposit, 2_000);
        database.execute("UPDATE refund SET last_attempt_at = now() - interval '2 hours' WHERE refund_id = $1", stale.refundId);

        int resent = PayoutDatabase.await(resolver::resolveDue);

        assertThat(resent).isPositive();
        Refund sent = database.refund(stale.refundId);
        assertThat(sent.status).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(sent.attempts).isEqualTo(2);
        assertThat(sent.uuid).isEqualTo(stale.uuid);
        assertThat(database.refund(fresh.refundId).status).isEqualTo(RefundStatus.REQUESTED);
        assertThat(database.refund(fresh.refundId).attempts).isEqualTo(1);
    }
}
