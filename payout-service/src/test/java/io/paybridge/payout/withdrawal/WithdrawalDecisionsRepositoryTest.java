package io.paybridge.payout.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.payments.v1.WithdrawalApproved;
import io.paybridge.contracts.payments.v1.WithdrawalDenied;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.TestWithdrawals;
import io.paybridge.payout.fixture.WithdrawalDatabase;
import io.paybridge.payout.withdrawal.WithdrawalDecisions.Sent;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a decision's answer does to the withdrawal in the database (the PSP is unreachable in these tests, so its
 * answers are recorded as the call would): accepted, refused, or late after a notification moved it on; and the
 * resolver, which never turns an unanswered decision into another one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class WithdrawalDecisionsRepositoryTest {

    @Inject
    WithdrawalDecisions decisions;

    @Inject
    WithdrawalResolver resolver;

    @Inject
    WithdrawalDatabase database;

    @Test
    void anAcceptedApprovalApprovesAndAnAcceptedDenialDenies() {
        Withdrawal approving = database.insert(TestWithdrawals.in(WithdrawalStatus.APPROVING));
        Withdrawal denying = database.insert(TestWithdrawals.in(WithdrawalStatus.DENYING));

        inTransaction(() -> decisions.record(new Sent(WithdrawalDecisions.sending(approving), true)));
        inTransaction(() -> decisions.record(new Sent(WithdrawalDecisions.sending(denying), true)));

        assertThat(database.withdrawal(approving.withdrawalId).status).isEqualTo(WithdrawalStatus.APPROVED);
        assertThat(database.withdrawal(denying.withdrawalId).status).isEqualTo(WithdrawalStatus.DENIED);
        WithdrawalApproved approved = (WithdrawalApproved) Events.of(approving.withdrawalId, 1).get(0);
        assertThat(approved.getPspOrderId()).isEqualTo(approving.pspOrderId);
        assertThat(Events.of(denying.withdrawalId, 1)).singleElement().isInstanceOf(WithdrawalDenied.class);
    }

    @Test
    void aRefusedDecisionMakesTheWithdrawalDebitedAgainWithoutAnEvent() {
        Withdrawal approving = database.insert(TestWithdrawals.in(WithdrawalStatus.APPROVING));
        Withdrawal later = database.insert(TestWithdrawals.in(WithdrawalStatus.APPROVING));

        inTransaction(() -> decisions.refuse(WithdrawalDecisions.sending(approving)).replaceWith(0));
        inTransaction(() -> decisions.record(new Sent(WithdrawalDecisions.sending(later), true)));

        assertThat(database.withdrawal(approving.withdrawalId).status).isEqualTo(WithdrawalStatus.DEBITED);
        // the later withdrawal's WithdrawalApproved is the only event of either: the refusal published nothing
        Events.of(later.withdrawalId, 1);
        assertThat(Events.of(approving.withdrawalId, 0)).isEmpty();
    }

    @Test
    void anAnswerArrivingAfterAPayoutConfirmationChangesNothing() {
        Withdrawal confirmed = TestWithdrawals.in(WithdrawalStatus.APPROVING);
        confirmed.status = WithdrawalStatus.CONFIRMED;
        database.insert(confirmed);

        inTransaction(() -> decisions.record(new Sent(WithdrawalDecisions.sending(confirmed), true)));

        assertThat(database.withdrawal(confirmed.withdrawalId).status).isEqualTo(WithdrawalStatus.CONFIRMED);
    }

    @Test
    void theResolverLeavesAnUnansweredDecisionDecidingUnderItsUuid() {
        Withdrawal approving = database.insert(TestWithdrawals.in(WithdrawalStatus.APPROVING));
        database.age(approving.withdrawalId, Duration.ofHours(2));

        int looked = await(() -> resolver.resolveOlderThan(Instant.now().minus(Duration.ofHours(1))));

        Withdrawal after = database.withdrawal(approving.withdrawalId);
        assertThat(looked).isPositive();
        assertThat(after.status).isEqualTo(WithdrawalStatus.APPROVING);
        assertThat(after.decisionUuid).isEqualTo(approving.decisionUuid);
        assertThat(after.decisionAttempts).isEqualTo(approving.decisionAttempts);
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        return await(() -> Panache.withTransaction(work));
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException("database work failed: " + e, e);
        }
    }
}
