package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.ledger.Reversals;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static io.paybridge.sandbox.scenario.OrderMoves.move;

/**
 * Money that comes back (reference §5.2, §5.4): a failed refund is a credit of the refund amount on
 * the deposit – its orderid, messageid and NotificationURL (which ids Trustly uses is UNCONFIRMED;
 * the deposit's are the likely ones) – and a returned payout a credit on the payout. The amount is
 * booked back only when it had left (SENT); a refund still QUEUED fails without money moving.
 */
@ApplicationScoped
public class ReturnFlow {

    private final OrderNotices notices;
    private final Reversals reversals;

    public ReturnFlow(OrderNotices notices, Reversals reversals) {
        this.notices = notices;
        this.reversals = reversals;
    }

    /** The refund could not be paid out: RETURNED, amount back, credit on {@code deposit}. */
    Uni<Void> refundFailed(SandboxOrder refund, SandboxOrder deposit) {
        boolean sent = refund.state == OrderState.SENT;
        return move(refund, OrderState.RETURNED)
                .call(() -> sent ? reversals.refundReturned(refund, deposit) : Uni.createFrom().voidItem())
                .call(() -> notices.credit(deposit, refund))
                .replaceWithVoid();
    }

    /** The payout came back: RETURNED, amount back, credit on the payout. */
    Uni<Void> payoutReturned(SandboxOrder payout) {
        boolean sent = payout.state == OrderState.SENT;
        return move(payout, OrderState.RETURNED)
                .call(() -> sent ? reversals.payoutReturned(payout) : Uni.createFrom().voidItem())
                .call(() -> notices.credit(payout, payout))
                .replaceWithVoid();
    }
}
