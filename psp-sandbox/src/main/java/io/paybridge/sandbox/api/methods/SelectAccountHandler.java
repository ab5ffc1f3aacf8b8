package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.order.OrderKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** SelectAccount: the end user picks a bank account in the checkout, optionally approving a direct-debit mandate. */
@ApplicationScoped
public class SelectAccountHandler implements MethodHandler {

    private final CheckoutOrders checkout;

    public SelectAccountHandler(CheckoutOrders checkout) {
        this.checkout = checkout;
    }

    @Override
    public String method() {
        return "SelectAccount";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields attributes = call.data().attributes();
        CommonFields.requireEndUserIdentity(attributes);
        attributes.flag("RequestDirectDebitMandate");
        return checkout.create(call, OrderKind.SELECT_ACCOUNT, order -> { });
    }
}
