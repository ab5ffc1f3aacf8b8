package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.charge.ChargeCalendar;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * CancelCharge: stops a charge with a future PaymentDate until 18:00 (Stockholm) the day before; the
 * charge is CANCELLED and a {@code cancel} notification goes out. Later, or for a charge without
 * PaymentDate, the answer is the rejection Trustly documents, "Payment already executed": from the
 * deadline on the payment is being executed even if not yet collected.
 */
@ApplicationScoped
public class CancelChargeHandler implements MethodHandler {

    private final Orders orders;
    private final OrderNotices notifications;

    public CancelChargeHandler(Orders orders, OrderNotices notifications) {
        this.orders = orders;
        this.notifications = notifications;
    }

    @Override
    public String method() {
        return "CancelCharge";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        long orderId = call.data().orderId("OrderID");
        return orders.require(call, orderId, TrustlyError.INVALID_ORDER_ID, OrderKind.CHARGE).flatMap(charge -> {
            if (charge.state == OrderState.CANCELLED) {
                // UNCONFIRMED text: Trustly documents only "Payment already executed"
                return Uni.createFrom().item(rejected("Payment already cancelled"));
            }
            boolean open = charge.state == OrderState.CREATED || charge.state == OrderState.PENDING;
            if (!open || !ChargeCalendar.cancellable(charge.paymentDate, orders.clock().instant())) {
                return Uni.createFrom().item(rejected("Payment already executed"));
            }
            charge.moveTo(OrderState.CANCELLED);
            return notifications.cancel(charge)
                    .replaceWith(answer("1", null));
        });
    }

    private static ObjectNode rejected(String reason) {
        return answer("0", reason);
    }

    private static ObjectNode answer(String result, String rejected) {
        return JsonNodeFactory.instance.objectNode().put("result", result).put("rejected", rejected);
    }
}
