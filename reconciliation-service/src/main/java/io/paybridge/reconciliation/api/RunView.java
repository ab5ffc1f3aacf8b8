package io.paybridge.reconciliation.api;

import io.paybridge.reconciliation.api.persistence.RunRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reconciliation run in a list: the report it reconciled (id, where it came from, its rows) and when it ran. */
public record RunView(UUID reconciliationId, long reportId, String source, LocalDate settlementDate, String status,
        Instant startedAt, Instant finishedAt, int rowCount) {

    static RunView of(RunRecord run) {
        return new RunView(run.id(), run.reportId(), run.source(), run.settlementDate(), run.status(), run.startedAt(),
                run.finishedAt(), run.rowCount());
    }
}
