package io.paybridge.support.money;

/** Arithmetic or comparison across two currencies, which has no meaning without an exchange rate. */
public class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(String left, String right) {
        super("cannot combine " + left + " with " + right);
    }
}
