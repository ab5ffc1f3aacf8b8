package io.paybridge.checkout.deposit.api;

/**
 * The body of {@code POST /v1/deposits}: what to collect, from whom, and where the end user returns.
 * {@code invoiceId} makes it a pay-by-invoice deposit (sent as ExternalReference); {@code method} {@code IDEAL}
 * asks for iDEAL. Amounts are decimal strings in the currency's minor-unit precision, never floats.
 */
public record DepositRequest(String amount, String currency, EndUserRequest endUser, String successUrl, String failUrl,
        String shopperStatement, String invoiceId, String method) {
}
