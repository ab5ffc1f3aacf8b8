package io.paybridge.ingest.rejection;

import io.paybridge.support.problem.ProblemType;

/** Why a callback was refused before anything was stored; each has its problem type and counter tag. */
public enum RejectionReason {
    /** Larger than the body limit. */
    OVERSIZE(ProblemType.PAYLOAD_TOO_LARGE),
    /** Not strict JSON (or not form-encoded), or not the PSP's message shape. */
    MALFORMED(ProblemType.of("malformed-notification", "Malformed notification", 400)),
    /** The signature or HMAC does not verify with the PSP's key or secret. */
    BAD_SIGNATURE(ProblemType.of("notification-signature-invalid", "Notification signature does not verify", 401)),
    /** The credentials the PSP must send are missing or unknown. */
    BAD_CREDENTIALS(ProblemType.of("notification-credentials-invalid", "Notification credentials invalid", 401));

    private final ProblemType problemType;

    RejectionReason(ProblemType problemType) {
        this.problemType = problemType;
    }

    /** How the refusal is answered. */
    public ProblemType problemType() {
        return problemType;
    }

    /** The metric tag and stored value, e.g. {@code bad-signature}. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
