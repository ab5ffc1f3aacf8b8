package io.paybridge.sandbox.api.methods;

import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.CommonFields;
import io.paybridge.sandbox.api.RequestFields;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.money.Money;

/**
 * The fields AccountPayout and Charge share: money moved between the merchant account and a known AccountID
 * without the end user, reported on the order's NotificationURL.
 */
record AccountOrderRequest(String notificationUrl, String accountId, String endUserId, String messageId, Money amount,
                           RequestFields attributes, String externalReference) {

    /** Reads and checks the shared fields: 623 for the ids and URL, 622 for Currency, 615 for Amount. */
    static AccountOrderRequest read(ApiCall call) {
        RequestFields data = call.data();
        String notificationUrl = CommonFields.notificationUrl(data, call.merchant());
        String accountId = data.text("AccountID");
        String endUserId = CommonFields.endUserId(data);
        String messageId = CommonFields.messageId(data);
        String currency = data.currency("Currency");
        Money amount = data.amount("Amount", currency);
        RequestFields attributes = data.attributes();
        String externalReference = CommonFields.externalReference(attributes).orElse(null);
        return new AccountOrderRequest(notificationUrl, accountId, endUserId, messageId, amount, attributes, externalReference);
    }

    String currency() {
        return amount.currencyCode();
    }

    /** Copies the request onto a new order. */
    void fill(SandboxOrder order) {
        order.notificationUrl = notificationUrl;
        order.accountId = accountId;
        order.endUserId = endUserId;
        order.messageId = messageId;
        order.amountMinor = amount.minorUnits();
        order.currency = currency();
        order.externalReference = externalReference;
        order.attributes = attributes.node();
    }
}
