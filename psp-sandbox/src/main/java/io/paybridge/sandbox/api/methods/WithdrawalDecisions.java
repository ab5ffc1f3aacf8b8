package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * The manual approval step of withdrawals shared by ApproveWithdrawal and DenyWithdrawal. Only a withdrawal
 * of the merchant that waits for approval (DEBITED, with an amount) can be decided; anything else is
 * ERROR_NOT_FOUND, the name Trustly TEST answers for an unknown OrderID. A retry must reuse the UUID.
 */
@ApplicationScoped
public class WithdrawalDecisions {

    private final Orders orders;

    public WithdrawalDecisions(Orders orders) {
        this.orders = orders;
    }

    /** Moves the withdrawal to {@code decision}, runs {@code effect} and answers {@code {"orderid","result":"1"}}. */
    public Uni<JsonNode> decide(ApiCall call, OrderState decision, Function<SandboxOrder, Uni<Void>> effect) {
        long orderId = call.data().orderId("OrderID");
        call.data().optionalAttributes();
        return orders.require(call, orderId, TrustlyError.NOT_FOUND, OrderKind.WITHDRAW).flatMap(withdraw -> {
            if (withdraw.state != OrderState.DEBITED || withdraw.amountMinor == null) {
                throw new TrustlyException(TrustlyError.NOT_FOUND, "OrderID is not a withdrawal waiting for approval");
            }
            withdraw.moveTo(decision);
            return effect.apply(withdraw).replaceWith(JsonNodeFactory.instance.objectNode()
                    .put("orderid", Long.toString(withdraw.orderId))
                    .put("result", "1"));
        });
    }
}
