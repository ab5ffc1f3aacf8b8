package io.paybridge.payout.command;

/** A command that can never apply as it is; its message is the reason the dead-letter record carries. */
public class InvalidCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCommandException(String reason) {
        super(reason, null, false, false);
    }
}
