package io.paybridge.payout.withdrawal.api;

/**
 * The body of {@code POST /internal/v1/withdrawal-debits}, as notification-ingest-service sends it for a verified
 * debit notification whose messageid is a withdrawal's: the amount is the PSP's decimal string exactly as received.
 */
public record WithdrawalDebitRequest(String notificationId, String pspOrderId, String messageId, String amount,
        String currency) {
}
