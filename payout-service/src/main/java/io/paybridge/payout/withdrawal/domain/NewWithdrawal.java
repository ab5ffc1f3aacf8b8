package io.paybridge.payout.withdrawal.domain;

import io.paybridge.support.money.Money;
import io.paybridge.support.validation.EndUserChecks.EndUser;
import java.net.URI;
import java.util.Optional;

/**
 * A validated withdrawal request: the currency of the end user's balance, who withdraws (details for the PSP's
 * checkout, never stored but the id), where the end user returns, and optional bounds of the amount they may choose.
 */
public record NewWithdrawal(String currency, EndUser endUser, URI successUrl, URI failUrl, Optional<Money> minAmount,
        Optional<Money> maxAmount) {

    @Override
    public String toString() {
        return "NewWithdrawal[currency=" + currency + ", endUser=" + endUser.id() + "]";
    }
}
