package io.paybridge.trustly.error;

/** A request failed validation before it was sent; {@link #field()} is the protocol's name for the member. */
public class TrustlyValidationException extends TrustlyException {

    private final String field;

    public TrustlyValidationException(String field, String problem) {
        // the value itself is never part of the message: it may be personal data
        super(field + " " + problem);
        this.field = field;
    }

    /** The member as Trustly names it, e.g. {@code Attributes.Locale} or {@code NotificationURL}. */
    public String field() {
        return field;
    }
}
