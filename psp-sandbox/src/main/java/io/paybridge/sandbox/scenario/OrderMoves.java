package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Moves an order through its state guard as a step of a reactive chain, and the cancellations every kind shares. */
@ApplicationScoped
public class OrderMoves {

    private final OrderNotices notices;

    public OrderMoves(OrderNotices notices) {
        this.notices = notices;
    }

    /** Moves {@code order} to {@code target}, failing with IllegalOrderTransitionException where its kind forbids it. */
    public static Uni<SandboxOrder> move(SandboxOrder order, OrderState target) {
        return Uni.createFrom().item(() -> {
            order.moveTo(target);
            return order;
        });
    }

    /** The order will not complete: CANCELLED and a cancel notification. */
    public Uni<Void> cancel(SandboxOrder order) {
        return move(order, OrderState.CANCELLED).flatMap(notices::cancel).replaceWithVoid();
    }

    /** The checkout url ran out unused: EXPIRED, and a cancel notification as Trustly sends when the end user abandons. */
    public Uni<Void> expire(SandboxOrder order) {
        return move(order, OrderState.EXPIRED).flatMap(notices::cancel).replaceWithVoid();
    }
}
