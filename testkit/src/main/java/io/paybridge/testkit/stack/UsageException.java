package io.paybridge.testkit.stack;

/** A command line the local stack cannot act on; shown with exit status 2. */
public class UsageException extends StackException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
