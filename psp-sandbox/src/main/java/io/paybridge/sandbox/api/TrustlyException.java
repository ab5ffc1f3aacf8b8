package io.paybridge.sandbox.api;

/** A call is answered with a Trustly error; {@code reason} says why, for the log only, and names fields, never values. */
public class TrustlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TrustlyError error;

    public TrustlyException(TrustlyError error, String reason) {
        super(reason, null, false, false);
        this.error = error;
    }

    public TrustlyError error() {
        return error;
    }

    /** 623 naming the field. */
    public static TrustlyException invalidParameter(String field, String reason) {
        return new TrustlyException(TrustlyError.INVALID_PARAMETERS, field + " " + reason);
    }
}
