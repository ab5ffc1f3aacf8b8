package io.paybridge.testkit.stack;

/** A failure of a local stack command whose message is shown to the person running it, as is. */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
