package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.ledger.Reversals;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.sandbox.notification.DeliveryListener;
import io.paybridge.sandbox.notification.Notification;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import static io.paybridge.sandbox.scenario.OrderMoves.move;

/**
 * Withdraw scenarios (reference §5.3): approval sends a debit and the order waits in CREATED for the
 * merchant's answer. OK moves it to DEBITED and the money is sent later (and, in W1, returned with a
 * credit after that); FAILED cancels it with a cancel notification. A merchant may approve withdrawals
 * by hand while DEBITED: ApproveWithdrawal books the money out and the send step then only marks it
 * SENT; after DenyWithdrawal the send and return steps are skipped. Under the merchant option
 * {@code manualWithdrawalApproval} a DEBITED withdrawal is not sent on its own: it waits for the
 * merchant's decision, and ApproveWithdrawal queues the send (and W1's return). Money sent is confirmed
 * with a payoutconfirmation where the merchant has them on.
 */
@ApplicationScoped
public class WithdrawFlow implements DeliveryListener {

    private final OrderNotices notices;
    private final OrderMoves moves;
    private final Bookings bookings;
    private final Reversals reversals;
    private final Steps steps;
    private final ScenarioConfig config;

    public WithdrawFlow(OrderNotices notices, OrderMoves moves, Bookings bookings, Reversals reversals, Steps steps,
            ScenarioConfig config) {
        this.notices = notices;
        this.moves = moves;
        this.bookings = bookings;
        this.reversals = reversals;
        this.steps = steps;
        this.config = config;
    }

    /** The end user chose the amount and the account in the checkout: the merchant is asked to deduct it. */
    Uni<Void> approved(SandboxOrder withdrawal) {
        return notices.debit(withdrawal).replaceWithVoid();
    }

    @Override
    public Uni<Void> delivered(Notification notification, String status) {
        if (!"debit".equals(notification.method)) {
            return Uni.createFrom().voidItem();
        }
        return SandboxOrder.<SandboxOrder>findById(notification.orderId, LockModeType.PESSIMISTIC_WRITE).flatMap(order -> {
            if (order == null || order.kind != OrderKind.WITHDRAW || order.state != OrderState.CREATED) {
                // a deposit's D1 debit: its answer is only recorded
                return Uni.createFrom().voidItem();
            }
            return "OK".equals(status) ? deducted(order) : moves.cancel(order);
        });
    }

    /**
     * The merchant approved the DEBITED withdrawal by hand (ApproveWithdrawal moved it to APPROVED): the amount
     * leaves the merchant account now. The money is sent by the send step queued at the debit – or, under
     * manual approval, where the debit queued none, by one queued now.
     */
    public Uni<Void> approvedByMerchant(SandboxOrder withdrawal) {
        return bookings.withdrawalApproved(withdrawal)
                .chain(() -> Merchant.<Merchant>findById(withdrawal.merchantUsername))
                .chain(merchant -> merchant.manualWithdrawalApproval ? queueSending(withdrawal) : Uni.createFrom().voidItem());
    }

    /**
     * The money left for the end user's bank: SENT, amount out – unless ApproveWithdrawal booked it already –
     * and a payoutconfirmation.
     */
    Uni<Void> send(SandboxOrder withdrawal) {
        boolean approvedByHand = withdrawal.state == OrderState.APPROVED;
        return move(withdrawal, OrderState.SENT)
                .call(() -> approvedByHand ? Uni.createFrom().voidItem() : bookings.withdrawalApproved(withdrawal))
                .call(() -> notices.payoutConfirmation(withdrawal, withdrawal))
                .replaceWithVoid();
    }

    /** The end user's bank sent the money back: RETURNED, amount in, credit notification. */
    Uni<Void> returned(SandboxOrder withdrawal) {
        return move(withdrawal, OrderState.RETURNED)
                .call(reversals::withdrawalReturned)
                .call(() -> notices.credit(withdrawal, withdrawal))
                .replaceWithVoid();
    }

    private Uni<Void> deducted(SandboxOrder withdrawal) {
        return move(withdrawal, OrderState.DEBITED)
                .chain(() -> Merchant.<Merchant>findById(withdrawal.merchantUsername))
                .chain(merchant -> merchant.manualWithdrawalApproval ? Uni.createFrom().voidItem() : queueSending(withdrawal));
    }

    /** The money is sent after the send delay, and a W1 withdrawal's comes back after the return delay. */
    private Uni<Void> queueSending(SandboxOrder withdrawal) {
        boolean returns = Scenario.of(withdrawal, withdrawal.testCase)
                .filter(scenario -> scenario == Scenario.W1 || scenario == Scenario.WITHDRAW_RETURNED).isPresent();
        return steps.after(withdrawal, StepKind.SEND_WITHDRAWAL, config.withdrawalSendDelay())
                .call(() -> returns
                        ? steps.after(withdrawal, StepKind.RETURN_WITHDRAWAL, config.withdrawalSendDelay().plus(config.withdrawalReturnDelay()))
                        : Uni.createFrom().voidItem());
    }
}
