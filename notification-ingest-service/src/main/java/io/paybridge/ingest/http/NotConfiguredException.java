package io.paybridge.ingest.http;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;

/**
 * A callback for a PSP whose credentials this service was not given: answered 503, never accepted
 * unauthenticated, so the PSP keeps it and sends it again once the service is configured.
 */
public class NotConfiguredException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** The problem type of a PSP endpoint without credentials. */
    public static final ProblemType NOT_CONFIGURED = ProblemType.of("callbacks-not-configured",
            "Callbacks not configured", 503);

    public NotConfiguredException() {
        super(NOT_CONFIGURED, "This service is not configured to receive these callbacks; nothing was stored.");
    }
}
