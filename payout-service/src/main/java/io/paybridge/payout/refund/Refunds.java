package io.paybridge.payout.refund;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.api.ResourceIds;
import io.paybridge.payout.deposit.domain.DepositStanding;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.psp.PspAttempt;
import io.paybridge.payout.psp.PspBalance;
import io.paybridge.payout.psp.TrustlyGateway;
import io.paybridge.payout.refund.api.RefundView;
import io.paybridge.payout.refund.domain.RefundInput;
import io.paybridge.payout.refund.domain.RefundLimits;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.domain.Refundability;
import io.paybridge.payout.refund.messaging.RefundEvents;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.payout.refund.persistence.RefundAttempts;
import io.paybridge.payout.refund.persistence.RefundCall;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.money.Money;
import io.paybridge.support.outbox.OutboxWriter;
import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.api.OrderResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Refunds of credited deposits, from the API and from the RequestRefund command, that never pay out twice:
 * <ol>
 * <li>the amount is <b>reserved</b> in its own transaction, holding the deposit's row lock ({@code SELECT … FOR UPDATE}):
 * the refund is stored REQUESTED with the UUID of its Refund call, the deposit's refunded sum grows (the database
 * refuses more than was credited) and RefundRequested goes to the outbox; a repeat of the request finds its refund by
 * the request key and resumes it instead of reserving again;</li>
 * <li>Refund is sent <b>outside any transaction</b> with the stored UUID;</li>
 * <li>the answer is <b>recorded</b>: ACCEPTED, FAILED (the amount is refundable again) or UNKNOWN (the reservation
 * stays, and the {@link RefundResolver} resends the identical call until the PSP answers).</li>
 * </ol>
 */
@ApplicationScoped
public class Refunds {

    private final IdempotencyKeys idempotency;
    private final TrustlyGateway gateway;
    private final PspBalance balance;
    private final OutboxWriter outbox;
    private final RefundLedger ledger;
    private final RefundAttempts attempts;
    private final RefundSettings settings;
    private final JsonBodies json;

    public Refunds(IdempotencyKeys idempotency, TrustlyGateway gateway, PspBalance balance, OutboxWriter outbox,
            RefundLedger ledger, RefundAttempts attempts, RefundSettings settings, JsonBodies json) {
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.balance = balance;
        this.outbox = outbox;
        this.ledger = ledger;
        this.attempts = attempts;
        this.settings = settings;
        this.json = json;
    }

    /** A reserved refund, and whether this request reserved it (false: an earlier one did, and it is resumed). */
    public record Reservation(Refund refund, boolean fresh) {
    }

    /** What one pass sent for a refund: the PSP's answer, or null when nothing was sent (the refund has its answer). */
    public record Sent(String refundId, String orderRef, PspAttempt<OrderResult> attempt) {
    }

    /** The refund after a pass, and the problem the caller gets when the PSP refused it in this pass. */
    public record Recorded(Refund refund, ProblemException refusal) {
    }

    /**
     * {@code POST /v1/refunds}: the response of the refund {@code intent} asks for, once per Idempotency-Key (a repeat
     * replays it; a refusal before anything was reserved is not kept, so the same key may be tried again).
     */
    public Uni<StoredResponse> create(RefundIntent intent, IdempotentRequest request) {
        return idempotency.execute(request, () -> process(intent), sent -> record(sent).map(this::response));
    }

    /** The RequestRefund command: reserve, send and record the refund {@code intent} asks for, or resume it. */
    public Uni<Recorded> apply(RefundIntent intent) {
        return process(intent).chain(sent -> Panache.withTransaction(() -> record(sent)));
    }

    /** Reserves (or finds the refund of an earlier identical request) and sends Refund; no transaction is open after. */
    Uni<Sent> process(RefundIntent intent) {
        return Panache.withSession(() -> Refund.ofRequest(intent.requestKey()))
                .chain(existing -> existing != null ? resume(existing, intent)
                        : balance.requireIfEnabled(intent.amount())
                                .chain(() -> reserve(intent))
                                .chain(reservation -> reservation.fresh() ? send(RefundCall.of(reservation.refund()))
                                        : resume(reservation.refund(), intent)));
    }

    /**
     * Reserves the refund {@code intent} asks for, in its own transaction holding the deposit's row lock; fails with
     * the 422 of a deposit that takes no such refund now. The refund of an earlier identical request is returned as
     * it is (not fresh).
     */
    public Uni<Reservation> reserve(RefundIntent intent) {
        return Panache.withTransaction(() -> RefundableDeposit.lock(intent.orderRef()).chain(deposit -> {
            if (deposit == null) {
                throw RefundProblems.notRefundable(intent.orderRef());
            }
            return Refund.ofRequest(intent.requestKey()).chain(existing -> existing != null
                    ? Uni.createFrom().item(new Reservation(existing, false))
                    : newRefund(deposit, intent).map(refund -> new Reservation(refund, true)));
        }));
    }

    private Uni<Refund> newRefund(RefundableDeposit deposit, RefundIntent intent) {
        Instant now = now();
        new Refundability(deposit.status == DepositStanding.DEBITED, deposit.currency, deposit.creditedMinor,
                deposit.refundedMinor, deposit.refundCount, deposit.creditedAt)
                .refusal(intent.amount(), new RefundLimits(settings.maxCount(), settings.maxAge()), now)
                .ifPresent(refusal -> {
                    throw RefundProblems.of(refusal);
                });
        String refundId = intent.refundId() != null ? intent.refundId() : ResourceIds.random("rfd");
        return Refund.<Refund>findById(refundId).chain(taken -> {
            if (taken != null) {
                throw new ProblemException(RefundProblems.REFUND_ID_TAKEN, "refund " + refundId + " exists already");
            }
            Refund refund = new Refund();
            refund.refundId = refundId;
            refund.orderRef = deposit.orderRef;
            refund.pspOrderId = deposit.pspOrderId;
            refund.amountMinor = intent.amount().minorUnits();
            refund.currency = intent.amount().currencyCode();
            refund.reason = intent.reason();
            refund.status = RefundStatus.REQUESTED;
            refund.uuid = UUID.randomUUID();
            refund.requestKey = intent.requestKey();
            refund.commandId = intent.commandId();
            refund.requestedBy = intent.requestedBy();
            refund.correlationId = intent.correlationId();
            // the first send follows this commit at once
            refund.attempts = 1;
            refund.lastAttemptAt = now;
            refund.createdAt = now;
            refund.updatedAt = now;
            deposit.reserve(refund.amountMinor, now);
            return refund.<Refund>persist()
                    .call(stored -> outbox.write(Topics.EVENTS, stored.orderRef, RefundEvents.requested(stored)));
        });
    }

    /** Resumes the refund of an earlier identical request: resent (same UUID) while its answer is awaited, else left as it is. */
    private Uni<Sent> resume(Refund existing, RefundIntent intent) {
        if (!existing.orderRef.equals(intent.orderRef()) || existing.amountMinor != intent.amount().minorUnits()
                || !existing.currency.equals(intent.amount().currencyCode())) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "refund " + existing.refundId + " was made by"
                    + " this request key with a different deposit, amount or currency; use a new key for a new refund");
        }
        if (!existing.status.awaitsAnswer()) {
            return Uni.createFrom().item(new Sent(existing.refundId, existing.orderRef, null));
        }
        return attempts.claim(existing.refundId).chain(call -> call.isPresent() ? send(call.get())
                : Uni.createFrom().item(new Sent(existing.refundId, existing.orderRef, null)));
    }

    /** Sends one Refund call (outside any transaction). */
    Uni<Sent> send(RefundCall call) {
        io.paybridge.trustly.api.payin.Refund request = new io.paybridge.trustly.api.payin.Refund(call.pspOrderId(),
                new BigDecimal(Money.ofMinor(call.amountMinor(), call.currency()).toDecimalString(2)), call.currency(),
                call.refundId());
        return gateway.attempt(request, call.uuid().toString())
                .map(attempt -> new Sent(call.refundId(), call.orderRef(), attempt));
    }

    /** Records what a pass came to, inside the caller's transaction, holding the deposit's and then the refund's lock. */
    public Uni<Recorded> record(Sent sent) {
        return RefundableDeposit.lock(sent.orderRef()).chain(deposit -> Refund.lock(sent.refundId()).chain(refund -> {
            if (sent.attempt() == null) {
                return Uni.createFrom().item(new Recorded(refund, null));
            }
            Outcome outcome = Outcome.of(sent.attempt(), refund.refundId);
            if (outcome.input() == null) {
                return Uni.createFrom().item(new Recorded(refund, null));
            }
            return ledger.enter(deposit, refund, outcome.input(), outcome.cause()).map(entered -> new Recorded(refund,
                    entered.filter(status -> status == RefundStatus.FAILED).map(failed -> outcome.refusal()).orElse(null)));
        }));
    }

    /** Records what the PSP said to one send, in a transaction of its own. */
    public Uni<Recorded> record(String refundId, String orderRef, PspAttempt<OrderResult> attempt) {
        return Panache.withTransaction(() -> record(new Sent(refundId, orderRef, attempt)));
    }

    /**
     * The API's answer: the PSP's refusal in this pass as its problem (the refund is FAILED and its amount
     * refundable again), 201 for a refund the PSP has answered, 202 while the answer is awaited (UNKNOWN: the
     * reservation stays and the refund is resent until the PSP answers).
     */
    private StoredResponse response(Recorded recorded) {
        Refund refund = recorded.refund();
        String location = "/v1/refunds/" + refund.refundId;
        if (recorded.refusal() != null) {
            Problem problem = recorded.refusal().problem();
            Problem answered = new Problem(problem.type(), problem.title(), problem.status(),
                    problem.detail() + " (refund " + refund.refundId + " is FAILED; its amount is refundable again)",
                    URI.create(location), problem.errors());
            return new StoredResponse(answered.status(), Problem.MEDIA_TYPE, null, json.text(answered));
        }
        int status = refund.status.awaitsAnswer() ? 202 : 201;
        return new StoredResponse(status, MediaType.APPLICATION_JSON, location, json.text(RefundView.of(refund)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The input a PSP attempt is for a refund, what came with it, and the problem of a refusal. */
    private record Outcome(RefundInput input, RefundLedger.Cause cause, ProblemException refusal) {

        static Outcome of(PspAttempt<OrderResult> attempt, String refundId) {
            if (attempt instanceof PspAttempt.Answered<OrderResult> answered) {
                return answered.result().accepted()
                        ? new Outcome(RefundInput.PSP_ACCEPTED, RefundLedger.Cause.NONE, null)
                        : new Outcome(RefundInput.PSP_REFUSED, new RefundLedger.Cause("0", "Refund answered result 0", null),
                                new ProblemException(RefundProblems.REFUND_NOT_ACCEPTED,
                                        "the PSP answered Refund with result 0 for refund " + refundId));
            }
            if (attempt instanceof PspAttempt.Refused<OrderResult> refused) {
                return new Outcome(RefundInput.PSP_REFUSED,
                        new RefundLedger.Cause(refused.errorCode(), refused.errorMessage(), null), refused.problem());
            }
            if (attempt instanceof PspAttempt.Unanswered<OrderResult>) {
                return new Outcome(RefundInput.PSP_UNANSWERED, RefundLedger.Cause.NONE, null);
            }
            // not sent (the circuit is open): nothing happened; the resolver sends it later
            return new Outcome(null, RefundLedger.Cause.NONE, null);
        }
    }
}
