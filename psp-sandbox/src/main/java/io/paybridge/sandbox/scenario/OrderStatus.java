package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.order.SandboxOrder;

/** An order's state after an approval or cancellation, as the admin API answers it. */
public record OrderStatus(String orderid, String kind, String state, String scenario) {

    static OrderStatus of(SandboxOrder order) {
        return new OrderStatus(order.orderId.toString(), order.kind.method(), order.state.name(), order.testCase);
    }
}
