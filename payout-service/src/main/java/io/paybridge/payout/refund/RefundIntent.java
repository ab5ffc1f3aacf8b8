package io.paybridge.payout.refund;

import io.paybridge.support.money.Money;

/**
 * A refund someone asked for, before it is reserved.
 *
 * @param orderRef the deposit to refund
 * @param amount what to give back
 * @param reason the merchant's reason, if given (kept, never sent to the PSP)
 * @param refundId the id the refund must have (a command's), or null for a new one
 * @param requestKey what makes a repeat of the request the same request: Idempotency-Key scope and key, or the commandId
 * @param commandId the command's id, or null
 * @param requestedBy the token's subject, or {@code command}
 * @param correlationId the id every event of the refund carries
 */
public record RefundIntent(String orderRef, Money amount, String reason, String refundId, String requestKey,
        String commandId, String requestedBy, String correlationId) {
}
