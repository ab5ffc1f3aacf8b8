package io.paybridge.payout.accountpayout;

import io.paybridge.payout.account.persistence.KnownAccounts;
import io.paybridge.payout.accountpayout.domain.NewPayout;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.messaging.PayoutEvents;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender.Sent;
import io.paybridge.payout.psp.OrderIdentity;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.api.OrderResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The steps of an account payout that change it, each inside the caller's transaction and holding the payout's row
 * lock: open it (four eyes decides whether it may be sent now), decide on it, claim a send, record what a send came
 * to. A step that claims a send says so; the caller then sends outside any transaction. Claiming happens under the
 * row lock, so two approvals racing give one send.
 */
@ApplicationScoped
public class PayoutBook {

    private static final String DUE = "SELECT payout_id FROM account_payout WHERE status IN ('REQUESTED', 'UNKNOWN')"
            + " AND next_send_at <= ?1 ORDER BY next_send_at LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private final KnownAccounts accounts;
    private final PayoutTransitions transitions;
    private final PayoutSettings settings;
    private final AccountPayoutConfig config;

    public PayoutBook(KnownAccounts accounts, PayoutTransitions transitions, PayoutSettings settings,
            AccountPayoutConfig config) {
        this.accounts = accounts;
        this.transitions = transitions;
        this.settings = settings;
        this.config = config;
    }

    /** What a payout is about before it is stored. */
    public record Intent(String payoutId, NewPayout payout, OrderIdentity identity, String requestedBy, String commandId,
            String correlationId) {

        @Override
        public String toString() {
            return "Intent[payoutId=" + payoutId + ", messageId=" + identity.messageId() + "]";
        }
    }

    /** A payout after a step, and whether that step claimed a send the caller must now make. */
    public record Step(Payout payout, boolean send) {
    }

    /**
     * Stores a new payout (AWAITING_APPROVAL above the threshold, else REQUESTED with its first send claimed) with its
     * PayoutRequested event, or finds the payout this intent stored before (same MessageID: a retry of a request
     * whose first attempt stored it) and claims a resend if it has no definite answer yet.
     *
     * @throws ProblemException (in the Uni) 422 naming accountId when it is not a known account of the end user
     */
    public Uni<Step> open(Intent intent) {
        return Payout.<Payout>find("messageId", intent.identity().messageId()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .<Payout>firstResult()
                .chain(existing -> existing != null ? Uni.createFrom().item(claim(existing)) : create(intent));
    }

    /**
     * As {@link #open} for the RequestAccountPayout command, except that the payout of the same commandId, if one
     * exists, is this command's and is left as it is: a re-sent command changes nothing (the resolver resends a payout
     * still without an answer).
     *
     * @throws ProblemException (in the Uni) 422 for an unknown account or a payout id another payout has
     */
    public Uni<Step> openForCommand(Intent intent) {
        return Payout.<Payout>find("commandId", intent.commandId()).<Payout>firstResult()
                .chain(existing -> existing != null ? Uni.createFrom().item(new Step(existing, false))
                        : Payout.<Payout>findById(intent.payoutId()).chain(taken -> {
                            if (taken != null) {
                                return Uni.createFrom().failure(new ProblemException(ProblemType.VALIDATION,
                                        "paymentReference " + intent.payoutId() + " already names another payout",
                                        List.of(new InvalidParam("paymentReference", "already names another payout"))));
                            }
                            return create(intent);
                        }));
    }

    /**
     * Approves a payout awaiting approval and claims its first send.
     *
     * @throws ProblemException (in the Uni) 404 unknown, 403 {@code approval-by-requester} when {@code approver}
     *     requested it, 409 {@code payout-not-awaiting-approval} when it is not waiting (e.g. another approval won)
     */
    public Uni<Step> approve(String payoutId, String approver) {
        return locked(payoutId).chain(payout -> {
            if (payout.requestedBy.equals(approver)) {
                return Uni.createFrom().failure(new ProblemException(PayoutProblems.APPROVAL_BY_REQUESTER, "payout " + payoutId
                        + " was requested by the caller; four eyes: another principal with payments:approve must approve it"));
            }
            requireAwaitingApproval(payout);
            Instant now = PayoutTransitions.now();
            payout.decidedBy = approver;
            payout.decidedAt = now;
            return transitions.enter(payout, PayoutInput.APPROVE, null)
                    .map(entered -> new Step(claimFirstSend(payout, now), true));
        });
    }

    /**
     * Turns down a payout awaiting approval: REJECTED, never sent, published as PayoutFailed at stage REJECTED. The
     * requester may withdraw their own payout this way; only approving takes a second principal.
     *
     * @throws ProblemException (in the Uni) 404 unknown, 409 when it is not awaiting approval
     */
    public Uni<Payout> reject(String payoutId, String principal) {
        return locked(payoutId).chain(payout -> {
            requireAwaitingApproval(payout);
            payout.decidedBy = principal;
            payout.decidedAt = PayoutTransitions.now();
            payout.failureCode = PayoutEvents.APPROVAL_REJECTED;
            payout.failureMessage = payout.requestedBy.equals(principal) ? "withdrawn by its requester before approval"
                    : "rejected at four-eyes approval";
            return transitions.enter(payout, PayoutInput.REJECT, null).replaceWith(payout);
        });
    }

    /**
     * Records what a send came to: ACCEPTED with the PSP's order, FAILED (stage REJECTED) with the PSP's code, or,
     * without a definite answer, UNKNOWN with the next resend scheduled. A payout that moved on meanwhile (a
     * notification showed the order) keeps its status.
     */
    public Uni<Payout> record(String payoutId, Sent sent) {
        return locked(payoutId).chain(payout -> {
            PayoutInput input = sent.input();
            boolean moves = payout.status.on(input).isPresent();
            PspAttempt<OrderResult> attempt = sent.attempt();
            if (moves && input == PayoutInput.ACCEPTED) {
                payout.pspOrderId = sent.pspOrderId();
            } else if (moves && input == PayoutInput.NOT_ACCEPTED) {
                payout.failureCode = "NOT_ACCEPTED";
                payout.failureMessage = "the PSP did not accept the payout (result \"0\")";
            } else if (moves && input == PayoutInput.REFUSED && attempt instanceof PspAttempt.Refused<OrderResult> refused) {
                payout.failureCode = refused.errorCode();
                payout.failureMessage = refused.errorMessage();
            }
            if (input == PayoutInput.OUTCOME_UNKNOWN && payout.status.sendable()) {
                payout.lastSendError = reason(attempt);
                payout.nextSendAt = PayoutTransitions.now().plus(resendDelay(payout.sendAttempts));
                payout.updatedAt = PayoutTransitions.now();
            }
            return transitions.enter(payout, input, null).replaceWith(payout);
        });
    }

    /** Claims a resend of up to {@code limit} REQUESTED or UNKNOWN payouts due at {@code now}; replicas share them. */
    public Uni<List<Payout>> claimDue(Instant now, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(DUE, String.class).setParameter(1, now).setParameter(2, limit)
                        .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Payout>of())
                        : Payout.<Payout>list("payoutId in ?1", ids))
                .map(due -> due.stream().map(payout -> claim(payout).payout()).toList());
    }

    /** The payout, or a 404. */
    public Uni<Payout> find(String payoutId) {
        return Payout.<Payout>findById(payoutId).onItem().ifNull()
                .failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no payout " + payoutId));
    }

    private Uni<Step> create(Intent intent) {
        NewPayout request = intent.payout();
        return accounts.isKnown(request.endUserId(), request.accountId()).chain(known -> {
            if (!known) {
                return Uni.createFrom().failure(new ProblemException(PayoutProblems.ACCOUNT_NOT_KNOWN,
                        "accountId is not an account the PSP reported for this end user (see GET /v1/accounts?endUserId=)",
                        List.of(new InvalidParam("accountId", "is not a known account of endUserId"))));
            }
            Instant now = PayoutTransitions.now();
            Payout payout = new Payout();
            payout.payoutId = intent.payoutId();
            payout.commandId = intent.commandId();
            payout.messageId = intent.identity().messageId();
            payout.pspUuid = intent.identity().uuid();
            payout.accountId = request.accountId();
            payout.endUserId = request.endUserId();
            payout.amountMinor = request.amount().minorUnits();
            payout.currency = request.amount().currencyCode();
            payout.shopperStatement = request.shopperStatement();
            payout.notificationUrl = settings.notificationUrl().toString();
            payout.requestedBy = intent.requestedBy();
            payout.correlationId = intent.correlationId();
            payout.approvalRequired = settings.approvalThreshold().requiresApproval(request.amount());
            payout.status = payout.approvalRequired ? PayoutStatus.AWAITING_APPROVAL : PayoutStatus.REQUESTED;
            payout.createdAt = now;
            payout.updatedAt = now;
            if (!payout.approvalRequired) {
                claimFirstSend(payout, now);
            }
            return payout.<Payout>persist().call(transitions::requested)
                    .map(stored -> new Step(stored, !stored.approvalRequired));
        });
    }

    /** Claims a resend when the payout has no definite answer yet. */
    private Step claim(Payout payout) {
        if (!payout.status.sendable()) {
            return new Step(payout, false);
        }
        Instant now = PayoutTransitions.now();
        payout.sendAttempts++;
        payout.nextSendAt = now.plus(resendDelay(payout.sendAttempts));
        payout.updatedAt = now;
        return new Step(payout, true);
    }

    private Payout claimFirstSend(Payout payout, Instant now) {
        payout.sendAttempts = 1;
        payout.nextSendAt = now.plus(resendDelay(1));
        return payout;
    }

    /** The wait before resending after {@code attempts} sends: resend-after, doubled per attempt, capped. */
    Duration resendDelay(int attempts) {
        Duration first = config.resendAfter();
        Duration max = config.maxResendInterval();
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static void requireAwaitingApproval(Payout payout) {
        if (payout.status != PayoutStatus.AWAITING_APPROVAL) {
            throw new ProblemException(PayoutProblems.NOT_AWAITING_APPROVAL, "payout " + payout.payoutId + " is "
                    + payout.status + (payout.decidedBy != null ? ", decided at " + payout.decidedAt : ""));
        }
    }

    private static Uni<Payout> locked(String payoutId) {
        return Payout.<Payout>findById(payoutId, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no payout " + payoutId));
    }

    private static String reason(PspAttempt<OrderResult> attempt) {
        String reason;
        if (attempt instanceof PspAttempt.Unanswered<OrderResult> unanswered) {
            reason = "no verified answer: " + unanswered.reason();
        } else if (attempt instanceof PspAttempt.NotSent<OrderResult> notSent) {
            reason = "not sent: " + notSent.reason();
        } else if (attempt instanceof PspAttempt.Refused<OrderResult> refused) {
            reason = refused.errorCode() + " " + refused.errorMessage() + ": an order with this MessageID exists";
        } else {
            reason = "no definite answer";
        }
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
