package io.paybridge.payout.withdrawal;

import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.TrustlyGateway;
import io.paybridge.payout.withdrawal.WithdrawalDecisions.Sending;
import io.paybridge.payout.withdrawal.WithdrawalDecisions.Sent;
import io.paybridge.payout.withdrawal.domain.DecisionResolution;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.trustly.api.payout.GetWithdrawals;
import io.paybridge.trustly.api.payout.WithdrawalEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Settles decisions whose answer was lost: for each withdrawal APPROVING or DENYING longer than
 * {@code paybridge.payout.withdrawal.resolve-after}, asks GetWithdrawals what became of it, and applies the verdict or,
 * while the PSP still waits for a decision, resends it with its UUID (the PSP answers a resend as the first time).
 * Never a new decision UUID, never a second Approve with other content.
 */
@ApplicationScoped
public class WithdrawalResolver {

    private static final Logger LOG = Logger.getLogger(WithdrawalResolver.class);
    private static final int BATCH = 20;

    private final TrustlyGateway gateway;
    private final WithdrawalDecisions decisions;
    private final WithdrawalConfig config;

    public WithdrawalResolver(TrustlyGateway gateway, WithdrawalDecisions decisions, WithdrawalConfig config) {
        this.gateway = gateway;
        this.decisions = decisions;
        this.config = config;
    }

    @Scheduled(identity = "withdrawal-decision-resolver", every = "${paybridge.payout.withdrawal.resolver-interval:30s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resolveDue() {
        return resolveOlderThan(Instant.now().minus(config.resolveAfter()))
                .onFailure().invoke(failure -> LOG.warnf("resolving withdrawal decisions failed: %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Resolves the deciding withdrawals unchanged since before {@code before}; how many it looked at. */
    public Uni<Integer> resolveOlderThan(Instant before) {
        return Panache.withSession(() -> Withdrawal.<Withdrawal>find("status in :deciding and updatedAt < :before",
                        Sort.by("updatedAt"), Parameters.with("deciding",
                                List.of(WithdrawalStatus.APPROVING, WithdrawalStatus.DENYING)).and("before", before))
                        .range(0, BATCH - 1).list())
                .map(due -> due.stream().map(WithdrawalDecisions::sending).toList())
                .chain(due -> Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(this::resolve)
                        .collect().asList().replaceWith(due.size()));
    }

    private Uni<Void> resolve(Sending sending) {
        return gateway.attempt(new GetWithdrawals(sending.pspOrderId()), UUID.randomUUID().toString()).chain(attempt -> {
            if (!(attempt instanceof PspAttempt.Answered<List<WithdrawalEntry>> answered)) {
                LOG.infof("withdrawal %s: GetWithdrawals did not answer; its %s is looked at again later",
                        sending.withdrawalId(), sending.decision());
                return Uni.createFrom().voidItem();
            }
            Optional<String> transferState = answered.result().stream().map(WithdrawalEntry::transferState)
                    .filter(state -> state != null).findFirst();
            DecisionResolution resolution = DecisionResolution.of(sending.decision(), transferState);
            LOG.infof("withdrawal %s: %s with transfer state %s: %s", sending.withdrawalId(), sending.decision(),
                    transferState.orElse("(none)"), resolution);
            return switch (resolution) {
                case ACCEPTED -> Panache.withTransaction(() -> decisions.record(new Sent(sending, true))).replaceWithVoid();
                case REFUSED -> Panache.withTransaction(() -> decisions.refuse(sending));
                case RESEND -> Panache.withTransaction(() -> resending(sending))
                        .chain(() -> decisions.send(sending))
                        .chain(sent -> Panache.withTransaction(() -> decisions.record(sent)))
                        .replaceWithVoid()
                        // a refusal has returned the withdrawal to DEBITED already
                        .onFailure().recoverWithNull();
                case WAIT -> Panache.withTransaction(() -> resending(sending));
            };
        });
    }

    /** Counts another attempt and restarts the wait, if the withdrawal still waits for this decision. */
    private static Uni<Void> resending(Sending sending) {
        return Withdrawal.lockedById(sending.withdrawalId()).invoke(withdrawal -> {
            if (withdrawal.status.deciding() && withdrawal.decision == sending.decision()) {
                withdrawal.decisionAttempts++;
                withdrawal.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
        }).replaceWithVoid();
    }
}
