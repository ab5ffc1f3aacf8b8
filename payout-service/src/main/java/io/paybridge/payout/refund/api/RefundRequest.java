package io.paybridge.payout.refund.api;

/** The body of {@code POST /v1/refunds}: the deposit, a decimal amount in the currency's precision, and an optional reason. */
public record RefundRequest(String orderRef, String amount, String currency, String reason) {
}
