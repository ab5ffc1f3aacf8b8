package io.paybridge.trustly.error;

/** No trustworthy answer: resend the identical request with the same {@link #uuid()} or reconcile. */
public abstract class TrustlyOutcomeUnknownException extends TrustlyException {

    private final String method;
    private final String uuid;

    protected TrustlyOutcomeUnknownException(String method, String uuid, String message, Throwable cause) {
        super(method + " " + uuid + ": " + message, cause);
        this.method = method;
        this.uuid = uuid;
    }

    public String method() {
        return method;
    }

    /** The UUID the request was sent with. */
    public String uuid() {
        return uuid;
    }
}
