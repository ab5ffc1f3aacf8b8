package io.paybridge.support.money;

/** An amount string or value that is not exact money: malformed, too precise for its currency, or too large. */
public class InvalidAmountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidAmountException(String message) {
        super(message);
    }
}
