package io.paybridge.payout.withdrawal.api;

/**
 * The body of {@code POST /v1/withdrawals}: the currency of the end user's balance, who withdraws, where the end user
 * returns, and optional bounds of the amount they may choose in the PSP's checkout (decimal strings, never floats).
 */
public record WithdrawalRequest(String currency, EndUserRequest endUser, String successUrl, String failUrl,
        String minAmount, String maxAmount) {
}
