package io.paybridge.checkout.link.domain;

import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.support.money.Money;
import java.net.URI;
import java.time.Duration;

/** A payment link request that passed every check. */
public record NewPaymentLink(Money amount, NewDepositEndUser endUser, String description, Duration lifetime,
        URI successUrl, URI failUrl) {
}
