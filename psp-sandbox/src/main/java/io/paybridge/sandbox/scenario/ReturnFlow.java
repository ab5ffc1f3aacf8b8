package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import static io.paybridge.sandbox.scenario.OrderMoves.move;

/**
 * Money that comes back (reference §5.2, §5.4): a failed refund is a credit of the refund amount on
 * the deposit – its orderid, messageid and NotificationURL (which ids Trustly uses is UNCONFIRMED;
 * the deposit's are the likely ones) – and a returned payout a credit on the payout. Either way
 * the amount is booked back on the merchant's account.
 */
@ApplicationScoped
public class ReturnFlow {

    private final OrderNotices notices;
    private final Bookings bookings;

    public ReturnFlow(OrderNotices notices, Bookings bookings) {
        this.notices = notices;
        this.bookings = bookings;
    }

    /** The refund could not be paid out: RETURNED, amount back, credit on {@code deposit}. */
    Uni<Void> refundFailed(SandboxOrder refund, SandboxOrder deposit) {
        return move(refund, OrderState.RETURNED)
                .call(() -> bookings.refundReturned(refund, deposit))
                .call(() -> notices.credit(deposit, refund.amountMinor, refund.currency))
                .replaceWithVoid();
    }

    /** The payout came back: RETURNED, amount back, credit on the payout. */
    Uni<Void> payoutReturned(SandboxOrder payout) {
        return move(payout, OrderState.RETURNED)
                .call(bookings::payoutReturned)
                .call(() -> notices.credit(payout, payout.amountMinor, payout.currency))
                .replaceWithVoid();
    }
}
