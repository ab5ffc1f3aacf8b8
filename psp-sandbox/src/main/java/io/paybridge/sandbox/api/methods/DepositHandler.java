package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.api.TrustlyException;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.support.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Deposit: a pay-in the end user completes in the checkout. Required beyond the shared fields: Attributes
 * Currency, Firstname, Lastname, Country, Locale, SuccessURL. Email, MobilePhone and ShopperStatement are
 * required only for some merchants at Trustly, so the sandbox does not insist on them.
 */
@ApplicationScoped
public class DepositHandler implements MethodHandler {

    private final CheckoutOrders checkout;

    public DepositHandler(CheckoutOrders checkout) {
        this.checkout = checkout;
    }

    @Override
    public String method() {
        return "Deposit";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        RequestFields attributes = call.data().attributes();
        String currency = attributes.currency("Currency");
        Optional<Money> amount = attributes.optionalAmount("Amount", currency);
        Optional<Money> min = attributes.optionalAmount("SuggestedMinAmount", currency);
        Optional<Money> max = attributes.optionalAmount("SuggestedMaxAmount", currency);
        if (amount.isPresent() && (min.isPresent() || max.isPresent())) {
            throw TrustlyException.invalidParameter("Attributes.Amount", "must not be combined with SuggestedMinAmount or SuggestedMaxAmount");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw TrustlyException.invalidParameter("Attributes.SuggestedMinAmount", "is above SuggestedMaxAmount");
        }
        CommonFields.requireEndUserIdentity(attributes);
        CommonFields.webUrl(attributes, "SuccessURL");
        return checkout.create(call, OrderKind.DEPOSIT, order -> {
            order.currency = currency;
            order.amountMinor = amount.map(Money::minorUnits).orElse(null);
        });
    }
}
