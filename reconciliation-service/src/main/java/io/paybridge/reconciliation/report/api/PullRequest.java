package io.paybridge.reconciliation.report.api;

/** The body of {@code POST /v1/reports/pulls}: the settlement date to pull, {@code YYYY-MM-DD}. */
public record PullRequest(String settlementDate) {
}
