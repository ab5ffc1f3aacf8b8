package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Ledger;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Sends refunds. Trustly queues a refund until its deposit has settled and sends it only from the
 * merchant's balance (there is no credit), so a refund waits in QUEUED until both hold; settlements
 * retry the waiting ones. Sending it is confirmed to the deposit's NotificationURL where the merchant has
 * payout confirmations on. Call inside the caller's transaction.
 */
@ApplicationScoped
public class RefundExecutor {

    private final Ledger ledger;
    private final Bookings bookings;
    private final OrderNotices notices;

    public RefundExecutor(Ledger ledger, Bookings bookings, OrderNotices notices) {
        this.ledger = ledger;
        this.bookings = bookings;
        this.notices = notices;
    }

    /** True once the deposit's (or charge's) credit entry belongs to a settlement. */
    public Uni<Boolean> isSettled(SandboxOrder deposit) {
        return ledger.creditOf(deposit.orderId).map(credit -> credit.isPresent() && credit.get().settlementId != null);
    }

    /** What sending the refund takes from the balance: the amount and the Refund Fee. */
    public long cost(SandboxOrder refund) {
        return refund.amountMinor + bookings.feeMinor(Bookings.Fee.REFUND, refund.currency);
    }

    /** Sends the refund now when its deposit has settled and the balance covers it; true when it was sent. */
    public Uni<Boolean> sendIfPossible(SandboxOrder refund, SandboxOrder deposit) {
        return isSettled(deposit).flatMap(settled -> {
            if (!settled || deposit.state != OrderState.CREDITED) {
                return Uni.createFrom().item(false);
            }
            return ledger.lockedBalance(refund.merchantUsername, refund.currency).flatMap(balance -> balance < cost(refund)
                    ? Uni.createFrom().item(false)
                    : send(refund, deposit).replaceWith(true));
        });
    }

    /**
     * Sends the refund: QUEUED to SENT, the amount and the Refund Fee leave the balance, a payoutconfirmation
     * on the deposit if the merchant has them; answers the entries booked.
     */
    public Uni<List<LedgerEntry>> send(SandboxOrder refund, SandboxOrder deposit) {
        refund.moveTo(OrderState.SENT);
        // on the deposit: a refund has no MessageID of its own and Refund answers the deposit's orderid
        // (UNCONFIRMED which ids Trustly's payoutconfirmation carries; its failure credit uses the same)
        return bookings.refundSent(refund, deposit).call(() -> notices.payoutConfirmation(deposit, refund));
    }
}
