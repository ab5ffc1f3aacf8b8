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
