package io.paybridge.sandbox.scenario;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;

/** The problems of approving and cancelling orders by hand. */
public final class OrderProblems {

    public static final ProblemType ORDER_NOT_FOUND = ProblemType.of("order-not-found", "Order not found", 404);
    public static final ProblemType ORDER_STATE_CONFLICT = ProblemType.of("order-state-conflict", "Not possible in the order's state", 409);
    public static final ProblemType ORDER_EXPIRED = ProblemType.of("order-expired", "Order expired", 410);

    private OrderProblems() {
    }

    /** The order id in a path; anything that is no order id names no order: 404, like an unknown one. */
    public static long orderId(String orderid) {
        try {
            return Long.parseLong(orderid);
        } catch (NumberFormatException e) {
            throw notFound(orderid.length() > 20 ? orderid.substring(0, 20) + "…" : orderid);
        }
    }

    static ProblemException notFound(String orderid) {
        return new ProblemException(ORDER_NOT_FOUND, "no order " + orderid);
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(ORDER_STATE_CONFLICT, detail);
    }

    static ProblemException expired(long orderId) {
        return new ProblemException(ORDER_EXPIRED, "the checkout of order " + orderId + " has expired");
    }
}
