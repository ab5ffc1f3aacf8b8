package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;

import java.util.List;

/**
 * The amount of a deposit or withdrawal the end user approves: the order's own when it has one,
 * else the one chosen in the checkout, else the order's suggested amount (SuggestedAmount,
 * SuggestedMinAmount).
 */
final class ChosenAmount {

    private static final List<String> SUGGESTIONS = List.of("SuggestedAmount", "SuggestedMinAmount");

    private ChosenAmount() {
    }

    /** Minor units in the order's currency; a 400 naming {@code amount} when there is none or it is invalid. */
    static long of(SandboxOrder order, String chosen) {
        if (order.currency == null) {
            throw OrderProblems.conflict("order " + order.orderId + " has no currency");
        }
        if (order.amountMinor != null) {
            if (chosen != null && !chosen.isBlank() && parse(chosen, order.currency) != order.amountMinor) {
                throw ProblemException.invalid("amount", "the order's amount is fixed at "
                        + Money.ofMinor(order.amountMinor, order.currency).toDecimalString(2));
            }
            return order.amountMinor;
        }
        if (chosen != null && !chosen.isBlank()) {
            return parse(chosen, order.currency);
        }
        for (String suggestion : SUGGESTIONS) {
            JsonNode suggested = order.attributes == null ? null : order.attributes.get(suggestion);
            if (suggested != null && suggested.isTextual()) {
                return parse(suggested.asText(), order.currency);
            }
        }
        throw ProblemException.invalid("amount", "the order has no fixed amount; choose one");
    }

    private static long parse(String amount, String currency) {
        try {
            long minor = Money.parse(amount.trim(), currency).minorUnits();
            if (minor <= 0) {
                throw ProblemException.invalid("amount", "must be greater than 0");
            }
            return minor;
        } catch (InvalidAmountException e) {
            throw ProblemException.invalid("amount", "must be a decimal number like 10.00");
        }
    }
}
