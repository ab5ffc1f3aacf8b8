package io.paybridge.checkout.mandate.domain;

import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import java.net.URI;

/** A mandate request that passed every check: the end user (the same rules as a deposit's) and where they return. */
public record NewMandate(NewDepositEndUser endUser, URI successUrl, URI failUrl) {
}
