package io.paybridge.payout.accountpayout.domain;

import io.paybridge.support.money.Money;

/** A validated account payout request: the known account, its end user, the money and the bank statement text. */
public record NewPayout(String accountId, String endUserId, Money amount, String shopperStatement) {
}
