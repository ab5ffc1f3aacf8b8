package io.paybridge.reconciliation.run;

/**
 * The transaction-scoped advisory lock that keeps runs apart from each other (exclusive) and from the event consumer
 * (shared): a run sees the expected movements as of its start and settles them without a consumer settling or
 * cancelling one under it.
 */
public final class RunLock {

    /** Taken by a run, released at its commit. */
    public static final String EXCLUSIVE = "SELECT pg_advisory_xact_lock(7320250001)";
    /** Taken by each transaction of the event consumer. */
    public static final String SHARED = "SELECT pg_advisory_xact_lock_shared(7320250001)";

    private RunLock() {
    }
}
