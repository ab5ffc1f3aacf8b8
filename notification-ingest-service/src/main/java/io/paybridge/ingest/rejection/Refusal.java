package io.paybridge.ingest.rejection;

import io.paybridge.ingest.inbox.Psp;

/**
 * A check's reason to refuse a callback, thrown where the body's hash is not at hand; the pipeline
 * turns it into a {@link RejectedCallbackException}. The detail never quotes the body, a credential or a signature.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public Refusal(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }

    /** The refusal as answered and audited for {@code psp}'s body with hash {@code bodySha256}. */
    public RejectedCallbackException rejected(Psp psp, String bodySha256) {
        return new RejectedCallbackException(psp, reason, getMessage(), bodySha256);
    }
}
