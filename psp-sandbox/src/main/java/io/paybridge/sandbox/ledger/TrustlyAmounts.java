package io.paybridge.sandbox.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.money.Money;

/** Amounts as Trustly writes them: decimal strings with exactly two decimals, sign for debits. */
public final class TrustlyAmounts {

    private TrustlyAmounts() {
    }

    /** {@code 12345} EUR as {@code "123.45"}. */
    public static String decimal(long minorUnits, String currency) {
        return Money.ofMinor(minorUnits, currency).toDecimalString(2);
    }

    /** The {@code amount} and {@code currency} fields of a notification about the order. */
    public static ObjectNode notificationFields(SandboxOrder order) {
        return JsonNodeFactory.instance.objectNode()
                .put("amount", decimal(order.amountMinor, order.currency))
                .put("currency", order.currency);
    }
}
