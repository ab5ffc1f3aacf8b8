package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.order.OrderKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Withdraw: the end user takes money out of their balance at the merchant through the checkout; the
 * amount is chosen there (SuggestedMinAmount, SuggestedMaxAmount or a fixed SuggestedAmount only guide it).
 */
@ApplicationScoped
public class WithdrawHandler implements MethodHandler {

    private final CheckoutOrders checkout;

    public WithdrawHandler(CheckoutOrders checkout) {
        this.checkout = checkout;
    }

    @Override
    public String method() {
        return "Withdraw";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        String currency = call.data().currency("Currency");
        RequestFields attributes = call.data().attributes();
        attributes.optionalAmount("SuggestedMinAmount", currency);
        attributes.optionalAmount("SuggestedMaxAmount", currency);
        attributes.optionalAmount("SuggestedAmount", currency);
        CommonFields.requireEndUserIdentity(attributes);
        return checkout.create(call, OrderKind.WITHDRAW, order -> order.currency = currency);
    }
}
