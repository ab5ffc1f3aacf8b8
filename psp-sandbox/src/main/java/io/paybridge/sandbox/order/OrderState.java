package io.paybridge.sandbox.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.paybridge.sandbox.order.OrderKind.ACCOUNT_PAYOUT;
import static io.paybridge.sandbox.order.OrderKind.CHARGE;
import static io.paybridge.sandbox.order.OrderKind.DEPOSIT;
import static io.paybridge.sandbox.order.OrderKind.REFUND;
import static io.paybridge.sandbox.order.OrderKind.SELECT_ACCOUNT;
import static io.paybridge.sandbox.order.OrderKind.WITHDRAW;

/**
 * The sandbox's view of an order (Trustly's side of reference §5). Each kind has its own table of
 * allowed moves; {@link #canMove(OrderKind, OrderState)} is the one guard every change passes.
 */
public enum OrderState {
    /** Created; for checkout orders the url is live until it expires. */
    CREATED,
    /** The end user finished the checkout; money not yet received (deposit, charge) or mandate sent for approval. */
    PENDING,
    /** Money received (deposit, charge). */
    CREDITED,
    /** Money taken back after a credit (deposit D1), or taken from the end user's merchant balance (withdraw). */
    DEBITED,
    /** Abandoned, closed, not processable, or stopped after a FAILED debit reply. */
    CANCELLED,
    /** The checkout url timed out unused. */
    EXPIRED,
    /** The end user selected an account (SelectAccount without a mandate). */
    ACCOUNT_SELECTED,
    /** The direct-debit mandate is active (SelectAccount with RequestDirectDebitMandate). */
    MANDATE_ACTIVE,
    /** Accepted, waiting for the deposit to settle (refund). */
    QUEUED,
    /** Manually approved (withdraw). */
    APPROVED,
    /** Manually denied (withdraw). */
    DENIED,
    /** Money sent to the end user's bank (refund, payout, withdraw). */
    SENT,
    /** The payout failed and the money came back to the merchant (credit notification). */
    RETURNED;

    private static final Map<OrderKind, Map<OrderState, Set<OrderState>>> MOVES = Map.of(
            DEPOSIT, Map.of(
                    CREATED, EnumSet.of(PENDING, CREDITED, CANCELLED, EXPIRED),
                    PENDING, EnumSet.of(CREDITED, CANCELLED),
                    CREDITED, EnumSet.of(DEBITED)),
            WITHDRAW, Map.of(
                    CREATED, EnumSet.of(DEBITED, CANCELLED, EXPIRED),
                    DEBITED, EnumSet.of(APPROVED, DENIED, SENT, CANCELLED),
                    APPROVED, EnumSet.of(SENT, RETURNED),
                    SENT, EnumSet.of(RETURNED)),
            SELECT_ACCOUNT, Map.of(
                    CREATED, EnumSet.of(ACCOUNT_SELECTED, PENDING, MANDATE_ACTIVE, CANCELLED, EXPIRED),
                    PENDING, EnumSet.of(MANDATE_ACTIVE, CANCELLED),
                    MANDATE_ACTIVE, EnumSet.of(CANCELLED)),
            REFUND, Map.of(
                    QUEUED, EnumSet.of(SENT, RETURNED),
                    SENT, EnumSet.of(RETURNED)),
            ACCOUNT_PAYOUT, Map.of(
                    CREATED, EnumSet.of(SENT, RETURNED, CANCELLED),
                    SENT, EnumSet.of(RETURNED)),
            CHARGE, Map.of(
                    CREATED, EnumSet.of(PENDING, CANCELLED),
                    PENDING, EnumSet.of(CREDITED, CANCELLED),
                    CREDITED, EnumSet.of(DEBITED)));

    /** True when an order of {@code kind} may move from this state to {@code target}. */
    public boolean canMove(OrderKind kind, OrderState target) {
        return MOVES.getOrDefault(kind, Map.of()).getOrDefault(this, Set.of()).contains(target);
    }

    /** The state a new order of {@code kind} starts in. */
    public static OrderState initial(OrderKind kind) {
        return kind == REFUND ? QUEUED : CREATED;
    }
}
