package io.paybridge.payout.accountpayout;

import io.paybridge.payout.accountpayout.PayoutBook.Intent;
import io.paybridge.payout.accountpayout.PayoutBook.Step;
import io.paybridge.payout.accountpayout.domain.NewPayout;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender;
import io.paybridge.payout.accountpayout.psp.AccountPayoutSender.Sent;
import io.paybridge.payout.api.ResourceIds;
import io.paybridge.payout.psp.OrderIdentity;
import io.paybridge.payout.psp.PspBalance;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Account payouts with four eyes, from the API and from the RequestAccountPayout command. A payout is stored with its
 * MessageID and UUID before any PSP call; at or below the approval threshold its first send is claimed in that same
 * transaction, above it nothing is sent until a second principal approves. AccountPayout runs outside any
 * transaction; what it came to is recorded in the transaction that also stores the Idempotency-Key's response. A
 * payout without a definite answer stays UNKNOWN and is resent by {@link PayoutResolver} — never paid twice.
 */
@ApplicationScoped
public class AccountPayouts {

    /** The MessageID prefix of account payouts (notifications are routed to payouts by it). */
    public static final String MESSAGE_ID_PREFIX = "pay";

    private final IdempotencyKeys idempotency;
    private final PayoutBook book;
    private final AccountPayoutSender sender;
    private final PayoutResponses responses;
    private final PspBalance balance;

    public AccountPayouts(IdempotencyKeys idempotency, PayoutBook book, AccountPayoutSender sender, PayoutResponses responses,
            PspBalance balance) {
        this.idempotency = idempotency;
        this.book = book;
        this.sender = sender;
        this.responses = responses;
        this.balance = balance;
    }

    /**
     * {@code POST /v1/payouts}: the stored response of the first identical request, or a new payout's. With the
     * balance check on, a payout the PSP balance is known not to cover is refused (422) before anything is stored.
     */
    public Uni<StoredResponse> request(String requester, NewPayout payout, IdempotentRequest request, String correlationId) {
        Intent intent = new Intent(ResourceIds.random(MESSAGE_ID_PREFIX), payout, OrderIdentity.of(MESSAGE_ID_PREFIX, request),
                requester, null, correlationId);
        return idempotency.execute(request,
                () -> balance.requireIfEnabled(payout.amount())
                        .chain(() -> Panache.withTransaction(() -> book.open(intent)))
                        .chain(this::sendIfClaimed),
                done -> recorded(done).map(stored -> responses.created(stored, done.sent())));
    }

    /**
     * {@code POST /v1/payouts/{id}/approve}: a second principal's approval, then the first send. With the balance check
     * on, an approval the PSP balance is known not to cover is refused (422) and the payout keeps waiting.
     */
    public Uni<StoredResponse> approve(String payoutId, String approver, IdempotentRequest request) {
        return idempotency.execute(request,
                () -> Panache.withSession(() -> book.find(payoutId))
                        .chain(payout -> balance.requireIfEnabled(payout.amount()))
                        .chain(() -> Panache.withTransaction(() -> book.approve(payoutId, approver)))
                        .chain(this::sendIfClaimed),
                done -> recorded(done).map(stored -> responses.decided(stored, done.sent())));
    }

    /** {@code POST /v1/payouts/{id}/reject}: the payout is never sent. */
    public Uni<StoredResponse> reject(String payoutId, String principal, IdempotentRequest request) {
        return idempotency.execute(request, () -> book.reject(payoutId, principal).map(stored -> responses.decided(stored, null)));
    }

    /**
     * The RequestAccountPayout command: opened like a request (four eyes holds: above the threshold it waits for an
     * approval), then sent when that is claimed, and what the send came to recorded. Fails only for what never
     * applies (a 4xx problem) or a failure worth retrying (the database).
     */
    public Uni<Payout> command(Intent intent) {
        return Panache.withTransaction(() -> book.openForCommand(intent)).chain(this::sendIfClaimed)
                .chain(done -> Panache.withTransaction(() -> recorded(done)));
    }

    /** Resends one claimed payout and records what that came to (the resolver's unit of work). */
    public Uni<Payout> resend(Payout claimed) {
        return sender.send(claimed).chain(sent -> Panache.withTransaction(() -> book.record(claimed.payoutId, sent)));
    }

    private Uni<Done> sendIfClaimed(Step step) {
        return step.send() ? sender.send(step.payout()).map(sent -> new Done(step.payout().payoutId, sent))
                : Uni.createFrom().item(new Done(step.payout().payoutId, null));
    }

    private Uni<Payout> recorded(Done done) {
        return done.sent() == null ? book.find(done.payoutId()) : book.record(done.payoutId(), done.sent());
    }

    /** A payout after the step that ran outside a transaction: the send, when one was made. */
    private record Done(String payoutId, Sent sent) {
    }
}
