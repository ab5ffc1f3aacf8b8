package io.paybridge.payout.accountpayout.api;

/**
 * The body of {@code POST /v1/payouts}: a known account of the end user (GET /v1/accounts), a decimal amount in the
 * currency's precision, and the text on the end user's bank statement.
 */
public record PayoutRequest(String accountId, String endUserId, String amount, String currency, String shopperStatement) {
}
