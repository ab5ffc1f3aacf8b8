package io.paybridge.payout.api;

import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;

/** The {@code amount} and {@code currency} fields every money-out request has: a decimal string and an ISO 4217 code. */
public final class AmountField {

    private AmountField() {
    }

    /** A positive amount in the currency's decimals, or null with the reasons in {@code errors}. */
    public static Money positive(String amountText, String currencyCode, FieldErrors errors) {
        boolean currencyValid = true;
        try {
            Money.currency(currencyCode);
        } catch (InvalidCurrencyException e) {
            errors.add("currency", currencyCode == null ? "is required" : e.getMessage());
            currencyValid = false;
        }
        if (amountText == null) {
            errors.add("amount", "is required, as a decimal string like \"10.00\"");
            return null;
        }
        if (!currencyValid) {
            return null;
        }
        try {
            Money amount = Money.parse(amountText, currencyCode);
            if (!amount.isPositive()) {
                errors.add("amount", "must be greater than zero");
                return null;
            }
            return amount;
        } catch (InvalidAmountException e) {
            errors.add("amount", e.getMessage());
            return null;
        }
    }
}
