package io.paybridge.payout.withdrawal.api;

/** The answer of {@code POST /internal/v1/withdrawal-debits}: {@code OK} or {@code FAILED}, the status the ingest signs. */
public record WithdrawalDebitAnswer(String status) {
}
