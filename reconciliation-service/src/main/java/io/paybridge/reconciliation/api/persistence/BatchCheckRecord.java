package io.paybridge.reconciliation.api.persistence;

/**
 * A run's check of one settlement batch in one currency: the rows' sum, the report's {@code total} column and the bank
 * transfer found in the AccountLedger (null when none was), whether they agree and, if not, why.
 */
public record BatchCheckRecord(String settlementBankWithdrawalId, String currency, long rowsSumMinor, Long reportTotalMinor,
        Long transferMinor, boolean ok, String reason) {
}
