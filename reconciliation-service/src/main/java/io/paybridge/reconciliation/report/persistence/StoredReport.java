package io.paybridge.reconciliation.report.persistence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A settlement report as stored: its id, date and number of rows, its run once reconciled (else null), and whether
 * this ingestion stored it ({@code created}) or found it stored before.
 */
public record StoredReport(long reportId, LocalDate settlementDate, int rowCount, UUID runId, boolean created) {

    /** The same report with its run. */
    public StoredReport withRun(UUID run) {
        return new StoredReport(reportId, settlementDate, rowCount, run, created);
    }
}
