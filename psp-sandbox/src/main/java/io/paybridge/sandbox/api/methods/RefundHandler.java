package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.Orders;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyError;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.sandbox.settlement.RefundExecutor;
import io.paybridge.support.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Refund of a credited deposit or charge, full or partial, several times while their sum stays within the
 * deposit amount. The refund is queued until the deposit has settled and the balance covers it; its
 * notifications go to the deposit's NotificationURL. Answers the deposit's orderid, as Trustly does.
 */
@ApplicationScoped
public class RefundHandler implements MethodHandler {

    private final Orders orders;
    private final RefundExecutor executor;

    public RefundHandler(Orders orders, RefundExecutor executor) {
        this.orders = orders;
        this.executor = executor;
    }

    @Override
    public String method() {
        return "Refund";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields data = call.data();
        long depositId = data.orderId("OrderID");
        String currency = data.currency("Currency");
        Money amount = data.amount("Amount", currency);
        RequestFields attributes = data.optionalAttributes();
        String externalReference = CommonFields.externalReference(attributes).orElse(null);
        return orders.require(call, depositId, TrustlyError.INVALID_ORDER_ID, OrderKind.DEPOSIT, OrderKind.CHARGE)
                .flatMap(deposit -> {
                    if (deposit.state != OrderState.CREDITED || deposit.amountMinor == null) {
                        throw new TrustlyException(TrustlyError.INVALID_ORDER_ID, "OrderID is not credited");
                    }
                    if (!deposit.currency.equals(currency)) {
                        throw new TrustlyException(TrustlyError.INVALID_CURRENCY_CODE, "Currency is not the deposit's currency");
                    }
                    return SandboxOrder.refundsOf(deposit.orderId)
                            .flatMap(earlier -> createRefund(call, deposit, earlier, amount, externalReference, attributes))
                            .flatMap(refund -> executor.sendIfPossible(refund, deposit))
                            .map(sent -> JsonNodeFactory.instance.objectNode()
                                    .put("orderid", Long.toString(deposit.orderId))
                                    .put("result", "1"));
                });
    }

    private Uni<SandboxOrder> createRefund(ApiCall call, SandboxOrder deposit, List<SandboxOrder> earlier, Money amount,
                                           String externalReference, RequestFields attributes) {
        long refunded = earlier.stream().filter(refund -> refund.state != OrderState.RETURNED).mapToLong(refund -> refund.amountMinor).sum();
        if (refunded + amount.minorUnits() > deposit.amountMinor) {
            // UNCONFIRMED code: 615 because the amount is what is wrong (it exceeds what is left to refund) and
            // nothing happened; 620 would tell the merchant the outcome is unknown and invite a retry
            throw new TrustlyException(TrustlyError.INVALID_AMOUNT, "Amount exceeds what is left to refund of the deposit");
        }
        return orders.create(call, OrderKind.REFUND).flatMap(refund -> {
            refund.parentOrderId = deposit.orderId;
            refund.amountMinor = amount.minorUnits();
            refund.currency = deposit.currency;
            refund.notificationUrl = deposit.notificationUrl;
            refund.endUserId = deposit.endUserId;
            refund.messageId = deposit.messageId;
            refund.accountId = deposit.accountId;
            refund.externalReference = externalReference;
            refund.attributes = attributes.node();
            return refund.<SandboxOrder>persist();
        });
    }
}
