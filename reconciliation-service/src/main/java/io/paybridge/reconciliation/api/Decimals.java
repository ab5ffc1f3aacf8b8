package io.paybridge.reconciliation.api;

import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;

/** Amounts as the API shows them besides their minor units: exact decimal strings in the currency's precision. */
final class Decimals {

    private Decimals() {
    }

    /**
     * {@code -1234} EUR → {@code "-12.34"}; null when the amount or currency is absent, or the currency has no ISO 4217
     * minor unit (the minor units are shown all the same).
     */
    static String of(Long minor, String currency) {
        if (minor == null || currency == null) {
            return null;
        }
        try {
            return Money.ofMinor(minor, currency).toDecimalString();
        } catch (InvalidCurrencyException e) {
            return null;
        }
    }
}
