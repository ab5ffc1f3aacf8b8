package io.paybridge.payout.withdrawal;

import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.TrustlyGateway;
import io.paybridge.payout.withdrawal.WithdrawalTransitions.Cause;
import io.paybridge.payout.withdrawal.api.WithdrawalView;
import io.paybridge.payout.withdrawal.domain.ManualDecision;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.payout.ApproveWithdrawal;
import io.paybridge.trustly.api.payout.DenyWithdrawal;
import io.paybridge.trustly.api.payout.WithdrawalDecision;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Approves or denies a DEBITED withdrawal at the PSP (ApproveWithdrawal, DenyWithdrawal). The decision and its UUID
 * are committed (APPROVING, DENYING) before the call, which runs outside any transaction; the PSP's acceptance makes
 * the withdrawal APPROVED or DENIED, a definite refusal makes it DEBITED again, and an unknown outcome leaves it
 * deciding (202) for {@link WithdrawalResolver}. Every send of one decision, a retry's included, uses its UUID.
 */
@ApplicationScoped
public class WithdrawalDecisions {

    private static final Logger LOG = Logger.getLogger(WithdrawalDecisions.class);

    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final WithdrawalTransitions transitions;
    private final JsonBodies json;

    public WithdrawalDecisions(IdempotencyKeys idempotency, TrustlyGateway gateway, WithdrawalTransitions transitions,
            JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.transitions = transitions;
        this.json = json;
    }

    /** A decision being sent: what its PSP call needs. */
    record Sending(String withdrawalId, String pspOrderId, ManualDecision decision, UUID uuid) {
    }

    /** What a send came to: accepted by the PSP, or no answer (the withdrawal stays deciding). */
    record Sent(Sending sending, boolean accepted) {
    }

    /**
     * {@code actor}'s decision on the withdrawal: 200 with the withdrawal once the PSP accepted it, 202 while its
     * answer is unknown; 404, 409 (not waiting for this decision) or the PSP's refusal otherwise.
     */
    public Uni<StoredResponse> decide(String actor, String withdrawalId, ManualDecision decision, IdempotentRequest request) {
        return idempotency.execute(request,
                () -> Panache.withTransaction(() -> begin(actor, withdrawalId, decision)).chain(this::send),
                sent -> record(sent).map(withdrawal -> new StoredResponse(sent.accepted() ? 200 : 202,
                        MediaType.APPLICATION_JSON, null, json.text(WithdrawalView.of(withdrawal)))));
    }

    /**
     * Sends the decision and says what came of it. A definite refusal returns the withdrawal to DEBITED in its own
     * transaction and fails with the problem the API answers.
     */
    Uni<Sent> send(Sending sending) {
        WithdrawalDecision request = sending.decision() == ManualDecision.APPROVE
                ? new ApproveWithdrawal(sending.pspOrderId()) : new DenyWithdrawal(sending.pspOrderId());
        return gateway.attempt(request, sending.uuid().toString()).chain(attempt -> {
            if (attempt instanceof PspAttempt.Answered<OrderResult> answered) {
                return answered.result().accepted() ? Uni.createFrom().item(new Sent(sending, true))
                        : refused(sending, new ProblemException(WithdrawalProblems.DECISION_REFUSED, "the PSP answered "
                                + request.method() + " with result 0: the withdrawal is DEBITED again"));
            }
            if (attempt instanceof PspAttempt.Refused<OrderResult> refused) {
                return refused(sending, refused.problem());
            }
            // unanswered, or not sent while the circuit is open: the decision stands and is resent with its UUID
            return Uni.createFrom().item(new Sent(sending, false));
        });
    }

    /** Records what a send came to, in the caller's transaction; the withdrawal as it stands then. */
    Uni<Withdrawal> record(Sent sent) {
        return Withdrawal.lockedById(sent.sending().withdrawalId()).chain(withdrawal -> {
            if (!sent.accepted() || withdrawal.decision != sent.sending().decision()) {
                return Uni.createFrom().item(withdrawal);
            }
            // a notification may have moved it further already (payoutconfirmation): then nothing is left to apply
            return transitions.apply(withdrawal, sent.sending().decision().accepted(), Cause.ANSWER).replaceWith(withdrawal);
        });
    }

    /** Returns a deciding withdrawal to DEBITED: the PSP refused {@code sending}'s decision. */
    Uni<Void> refuse(Sending sending) {
        return Withdrawal.lockedById(sending.withdrawalId()).chain(withdrawal -> {
            if (!withdrawal.status.deciding() || withdrawal.decision != sending.decision()) {
                return Uni.createFrom().voidItem();
            }
            LOG.warnf("withdrawal %s: the PSP refused %s; it is DEBITED again", withdrawal.withdrawalId, sending.decision());
            return transitions.apply(withdrawal, WithdrawalInput.DECISION_REFUSED, Cause.ANSWER).replaceWithVoid();
        });
    }

    private Uni<Sent> refused(Sending sending, ProblemException problem) {
        return Panache.withTransaction(() -> refuse(sending)).chain(() -> Uni.createFrom().failure(problem));
    }

    private Uni<Sending> begin(String actor, String withdrawalId, ManualDecision decision) {
        return Withdrawal.lockedById(withdrawalId).chain(withdrawal -> {
            if (withdrawal == null) {
                return Uni.createFrom().failure(WithdrawalProblems.notFound(withdrawalId));
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (withdrawal.status.deciding() && withdrawal.decision == decision) {
                // asked again while the answer is unknown: the identical request, under the same UUID
                withdrawal.decisionAttempts++;
                withdrawal.updatedAt = now;
                return Uni.createFrom().item(sending(withdrawal));
            }
            if (withdrawal.status.on(decision.asked()).isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(WithdrawalProblems.NOT_AWAITING_DECISION,
                        "withdrawal " + withdrawalId + " is " + withdrawal.status + ": it cannot be "
                                + (decision == ManualDecision.APPROVE ? "approved" : "denied") + " now"));
            }
            withdrawal.decision = decision;
            withdrawal.decisionUuid = UUID.randomUUID();
            withdrawal.decidedBy = actor;
            withdrawal.decisionAttempts = 1;
            return transitions.apply(withdrawal, decision.asked(), Cause.ANSWER).replaceWith(sending(withdrawal));
        });
    }

    static Sending sending(Withdrawal withdrawal) {
        return new Sending(withdrawal.withdrawalId, withdrawal.pspOrderId, withdrawal.decision, withdrawal.decisionUuid);
    }
}
