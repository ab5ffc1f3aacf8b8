package io.paybridge.reconciliation.report;

/** How a settlement report reached the service ({@code settlement_report.source}). */
public enum ReportSource {
    /** Fetched from the PSP (ViewAutomaticSettlementDetailsCSV), on schedule or on demand. */
    PULL,
    /** Posted by a person or a job to {@code POST /v1/reports}. */
    UPLOAD
}
