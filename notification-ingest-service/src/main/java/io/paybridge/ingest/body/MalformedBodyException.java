package io.paybridge.ingest.body;

/** A callback body that is not strict JSON; the message says why and never quotes the body. */
public class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(message, null, false, false);
    }
}
