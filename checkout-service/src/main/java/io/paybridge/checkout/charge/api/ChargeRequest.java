package io.paybridge.checkout.charge.api;

/** The body of {@code POST /v1/charges}: an ACTIVE mandate, a decimal amount in the currency's precision, and an optional YYYY-MM-DD collection day. */
public record ChargeRequest(String mandateId, String amount, String currency, String paymentDate) {
}
