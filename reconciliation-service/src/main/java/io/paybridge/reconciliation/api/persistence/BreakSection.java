package io.paybridge.reconciliation.api.persistence;

/**
 * Where a break stands in one run's statement, from the run ids it carries: opened by the run (NEW), opened earlier and
 * still open when the run saw it last (PERSISTING), or closed by the run (RESOLVED). A break closed by the run it was
 * opened in counts as RESOLVED; one opened by the run and closed later (by an event or a later run) stays NEW in it.
 */
public enum BreakSection {
    NEW("b.opened_run_id = $1 AND b.closed_run_id IS DISTINCT FROM $1"),
    PERSISTING("b.last_seen_run_id = $1 AND b.opened_run_id <> $1 AND b.closed_run_id IS DISTINCT FROM $1"),
    RESOLVED("b.closed_run_id = $1");

    private final String condition;

    BreakSection(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on {@code recon_break b} with the run id as {@code $1}. */
    String condition() {
        return condition;
    }
}
