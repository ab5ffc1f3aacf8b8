package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.order.OrderState;

/** The later steps of scenarios, each with the state it moves the order to. */
public enum StepKind {
    CREDIT(OrderState.CREDITED),
    DEBIT(OrderState.DEBITED),
    CANCEL(OrderState.CANCELLED),
    ACTIVATE_MANDATE(OrderState.MANDATE_ACTIVE),
    SEND_WITHDRAWAL(OrderState.SENT),
    RETURN_WITHDRAWAL(OrderState.RETURNED);

    private final OrderState target;

    StepKind(OrderState target) {
        this.target = target;
    }

    /** The state the step moves the order to. */
    public OrderState target() {
        return target;
    }
}
