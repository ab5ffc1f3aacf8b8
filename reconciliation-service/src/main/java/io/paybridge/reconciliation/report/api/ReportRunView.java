package io.paybridge.reconciliation.report.api;

import io.paybridge.reconciliation.report.persistence.StoredReport;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** What ingesting a report answers: the stored report, its rows and the run that reconciled it. */
public record ReportRunView(long reportId, LocalDate settlementDate, int rowCount, UUID runId, URI reconciliation) {

    static ReportRunView of(StoredReport stored) {
        return new ReportRunView(stored.reportId(), stored.settlementDate(), stored.rowCount(), stored.runId(), location(stored));
    }

    static URI location(StoredReport stored) {
        return URI.create("/v1/reconciliations/" + stored.runId());
    }
}
