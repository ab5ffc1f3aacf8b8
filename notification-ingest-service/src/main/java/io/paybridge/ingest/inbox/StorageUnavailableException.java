package io.paybridge.ingest.inbox;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;

/**
 * The inbox could not store a callback (PostgreSQL unreachable, a transaction that failed): answered
 * 503 without an acknowledgement, so the PSP sends it again.
 */
public class StorageUnavailableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException() {
        super(ProblemType.UNAVAILABLE, "The notification could not be stored; it was not acknowledged. Send it again later.");
    }
}
