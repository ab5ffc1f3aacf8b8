package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.ledger.TrustlyTimestamps;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * GetWithdrawals: the bank transfer of a Withdraw or AccountPayout order, {@code transferstate} derived
 * from the order's state. A withdrawal whose end user has not yet chosen an amount has no transfer: an
 * empty array. Trustly warns merchants not to build logic on transfer states.
 */
@ApplicationScoped
public class GetWithdrawalsHandler implements MethodHandler {

    private static final Map<OrderState, String> TRANSFER_STATES = Map.of(
            OrderState.CREATED, "QUEUED",
            OrderState.DEBITED, "PENDING",
            OrderState.APPROVED, "EXECUTING",
            OrderState.SENT, "EXECUTED",
            OrderState.RETURNED, "RETURNED",
            OrderState.DENIED, "FAILED",
            OrderState.CANCELLED, "FAILED");

    private final Orders orders;

    public GetWithdrawalsHandler(Orders orders) {
        this.orders = orders;
    }

    @Override
    public String method() {
        return "GetWithdrawals";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        long orderId = call.data().orderId("OrderID");
        return orders.read(call, orderId, TrustlyError.NOT_FOUND, OrderKind.WITHDRAW, OrderKind.ACCOUNT_PAYOUT).map(order -> {
            ArrayNode answer = JsonNodeFactory.instance.arrayNode();
            String state = TRANSFER_STATES.get(order.state);
            if (order.amountMinor != null && state != null) {
                answer.add(entry(order, state));
            }
            return answer;
        });
    }

    private static JsonNode entry(SandboxOrder order, String transferState) {
        return JsonNodeFactory.instance.objectNode()
                .put("reference", Long.toString(order.orderId))
                .put("modificationdate", TrustlyTimestamps.format(order.updatedAt))
                .put("orderid", Long.toString(order.orderId))
                .put("datestamp", TrustlyTimestamps.format(order.createdAt))
                .put("transferstate", transferState)
                .put("amount", TrustlyAmounts.decimal(order.amountMinor, order.currency))
                .put("accountid", order.accountId)
                .put("currency", order.currency)
                .putNull("eta");
    }
}
