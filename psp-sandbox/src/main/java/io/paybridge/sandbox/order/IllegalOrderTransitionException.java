package io.paybridge.sandbox.order;

/** An order was asked to move where its kind's table does not allow. */
public class IllegalOrderTransitionException extends RuntimeException {

    public IllegalOrderTransitionException(SandboxOrder order, OrderState target) {
        super("order " + order.orderId + " (" + order.kind + ") cannot move from " + order.state + " to " + target);
    }
}
