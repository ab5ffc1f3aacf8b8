package io.paybridge.reconciliation.expected.domain;

import java.time.Instant;

/**
 * A refund or account payout as far as its events told it: the amount (from the request) and the PSP order id (from
 * the acceptance) arrive separately; {@code confirmed} says the money was reported sent, which decides whether a
 * later failure brought money back or moved none.
 */
public record Intent(OrderType orderType, String movementRef, String paymentReference, String correlationId, Long amountMinor,
        String currency, String pspOrderId, Instant acceptedAt, boolean confirmed, boolean failed) {

    /** True once amount, currency and PSP order id are all known. */
    public boolean complete() {
        return amountMinor != null && currency != null && pspOrderId != null;
    }
}
