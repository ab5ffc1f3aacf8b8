package io.paybridge.ingest.rejection;

import io.paybridge.ingest.inbox.Psp;
import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.ProblemException;

/** A callback refused before anything was stored: answered with its reason's problem, never with an acknowledgement. */
public class RejectedCallbackException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final Psp psp;
    private final RejectionReason reason;
    private final String bodySha256;

    public RejectedCallbackException(Psp psp, RejectionReason reason, String detail, String bodySha256) {
        super(Problem.of(reason.problemType(), detail));
        this.psp = psp;
        this.reason = reason;
        this.bodySha256 = bodySha256;
    }

    public Psp psp() {
        return psp;
    }

    public RejectionReason reason() {
        return reason;
    }

    /** SHA-256 of the refused body; null when the body was not read (oversize). */
    public String bodySha256() {
        return bodySha256;
    }
}
