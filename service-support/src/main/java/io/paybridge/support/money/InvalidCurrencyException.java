package io.paybridge.support.money;

/** A currency code that is not an ISO 4217 currency with minor units. */
public class InvalidCurrencyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCurrencyException(String message) {
        super(message);
    }
}
