package io.paybridge.payout.refund;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.deposit.DepositProjection;
import io.paybridge.payout.deposit.domain.DepositStanding;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.TestDeposits;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.refund.messaging.RefundNotificationHandler;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * The property refunds exist for, over random sequences of operations on one deposit against the real database:
 * refunds (the PSP accepting, refusing or not answering), payout confirmations, payout failures, refunds coming back
 * (credits), and the deposit's reversal. After every step the refunds that have not failed add up to the deposit's
 * refunded sum, and that never exceeds what was credited; a refund is reserved exactly when it fits.
 *
 * <p>The sequences come from jqwik's arbitraries (a failure prints the whole sequence and the step that broke it);
 * the service runs inside Quarkus, whose beans jqwik's own engine cannot reach, so the property is driven from
 * JUnit Jupiter, without shrinking.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundInvariantRepositoryTest {

    private static final int SEQUENCES = 40;
    private static final long CREDITED = 10_000;

    private int refusedAsks;

    @Inject
    Refunds refunds;

    @Inject
    RefundNotificationHandler notifications;

    @Inject
    DepositProjection projection;

    @Inject
    RefundSettings settings;

    @Inject
    PayoutDatabase database;

    /** One thing that can happen to a deposit and its refunds. */
    sealed interface Step {
    }

    /** A refund of {@code amount} is asked for; if reserved, the PSP answers {@code answer}. */
    record Ask(long amount, Answer answer) implements Step {
    }

    /** The PSP's answer to a refund that was not answered yet (the resolver's resend). */
    record Resend(int pick, Answer answer) implements Step {
    }

    /** A notification of {@code kind} with the amount of the refund picked ({@code pick} modulo the refunds), or any amount. */
    record Notify(NotificationKind kind, int pick, long strayAmount) implements Step {
    }

    /** The PSP reverses the deposit. */
    record Debit() implements Step {
    }

    enum Answer { ACCEPTED, REFUSED, UNANSWERED, NOT_SENT }

    static Arbitrary<List<Step>> sequences() {
        Arbitrary<Answer> answers = Arbitraries.of(Answer.class);
        Arbitrary<Step> ask = Combinators.combine(Arbitraries.longs().between(1, 4_000), answers).as(Ask::new);
        Arbitrary<Step> resend = Combinators.combine(Arbitraries.integers().between(0, 50), answers).as(Resend::new);
        Arbitrary<Step> notify = Combinators.combine(
                Arbitraries.of(NotificationKind.PAYOUT_CONFIRMATION, NotificationKind.PAYOUT_FAILED, NotificationKind.CREDIT),
                Arbitraries.integers().between(-5, 50), Arbitraries.longs().between(1, 4_000)).as(Notify::new);
        Arbitrary<Step> debit = Arbitraries.just(new Debit());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, ask), net.jqwik.api.Tuple.of(3, resend),
                net.jqwik.api.Tuple.of(5, notify), net.jqwik.api.Tuple.of(1, debit))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Test
    void refundsThatHaveNotFailedNeverExceedTheCreditedAmount() {
        List<List<Step>> sequences = sequences().sampleStream().limit(SEQUENCES).toList();
        for (List<Step> steps : sequences) {
            RefundableDeposit deposit = database.creditedDeposit(CREDITED, "EUR");
            for (int n = 0; n < steps.size(); n++) {
                String where = "step " + n + " of " + steps;
                apply(deposit, steps.get(n), where);
                assertInvariant(deposit.orderRef, where);
            }
        }
        // the sequences reached every kind of outcome, so the property was not checked on easy paths only
        assertThat(refusedAsks).as("asks refused").isPositive();
        assertThat(database.refundStatusesRequestedBy("property")).contains("ACCEPTED", "CONFIRMED", "UNKNOWN", "FAILED REJECTED",
                "FAILED RETURNED", "FAILED PAYOUT_FAILED");
    }

    private void apply(RefundableDeposit deposit, Step step, String where) {
        if (step instanceof Ask ask) {
            RefundableDeposit before = database.deposit(deposit.orderRef);
            boolean fits = before.status == DepositStanding.CREDITED && ask.amount() <= before.remainingMinor()
                    && before.refundCount < settings.maxCount();
            Refund reserved;
            try {
                reserved = PayoutDatabase.await(() -> refunds.reserve(intent(deposit, ask.amount()))).refund();
            } catch (IllegalStateException refused) {
                assertThat(refused).as(where).hasRootCauseInstanceOf(ProblemException.class);
                assertThat(fits).as("a refund of %d that fits was refused: %s", ask.amount(), where).isFalse();
                refusedAsks++;
                return;
            }
            assertThat(fits).as("a refund of %d that does not fit was reserved: %s", ask.amount(), where).isTrue();
            answer(deposit, reserved, ask.answer());
        } else if (step instanceof Resend resend) {
            List<Refund> awaiting = database.refundsOf(deposit.orderRef).stream().filter(refund -> refund.status.awaitsAnswer())
                    .toList();
            if (!awaiting.isEmpty()) {
                answer(deposit, awaiting.get(resend.pick() % awaiting.size()), resend.answer());
            }
        } else if (step instanceof Notify notify) {
            List<Refund> all = database.refundsOf(deposit.orderRef);
            long amount = notify.pick() < 0 || all.isEmpty() ? notify.strayAmount() : all.get(notify.pick() % all.size()).amountMinor;
            PspNotification notification = NotificationRecords.of(notify.kind(), deposit.pspOrderId, amount, "EUR").build();
            PayoutDatabase.await(() -> Panache.withTransaction(() -> notifications.apply(notification)));
        } else {
            PayoutDatabase.await(() -> Panache.withTransaction(() -> projection.debited(
                    TestDeposits.debitedEvent(deposit.orderRef, deposit.pspOrderId, CREDITED, "EUR"))));
        }
    }

    private void answer(RefundableDeposit deposit, Refund refund, Answer answer) {
        PspAttempt<OrderResult> attempt = switch (answer) {
            case ACCEPTED -> new PspAttempt.Answered<>(new OrderResult(deposit.pspOrderId, true));
            case REFUSED -> new PspAttempt.Refused<>("623", "ERROR_INVALID_PARAMETERS",
                    new ProblemException(io.paybridge.payout.psp.PspCallFailures.PSP_REJECTED, "refused"));
            case UNANSWERED -> new PspAttempt.Unanswered<>("no answer");
            case NOT_SENT -> new PspAttempt.NotSent<>("circuit open");
        };
        PayoutDatabase.await(() -> refunds.record(refund.refundId, refund.orderRef, attempt));
    }

    private void assertInvariant(String orderRef, String where) {
        RefundableDeposit deposit = database.deposit(orderRef);
        List<Refund> holding = database.refundsOf(orderRef).stream().filter(refund -> refund.status.holdsAmount()).toList();
        long sum = holding.stream().mapToLong(refund -> refund.amountMinor).sum();
        assertThat(sum).as("refunds not failed vs credited: %s", where).isLessThanOrEqualTo(deposit.creditedMinor);
        assertThat(deposit.refundedMinor).as("refunded sum: %s", where).isEqualTo(sum);
        assertThat(deposit.refundCount).as("refund count: %s", where).isEqualTo(holding.size());
        assertThat(deposit.refundedMinor).as(where).isBetween(0L, deposit.creditedMinor);
    }

    private static RefundIntent intent(RefundableDeposit deposit, long amountMinor) {
        return new RefundIntent(deposit.orderRef, Money.ofMinor(amountMinor, "EUR"), null, null, "property " + UUID.randomUUID(),
                null, "property", UUID.randomUUID().toString());
    }
}
