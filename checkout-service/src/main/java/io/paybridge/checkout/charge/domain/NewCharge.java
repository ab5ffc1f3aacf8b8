package io.paybridge.checkout.charge.domain;

import io.paybridge.support.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** A charge request that passed every check: which mandate, exact money, and the collection day (empty: as soon as possible). */
public record NewCharge(String mandateId, Money amount, Optional<LocalDate> paymentDate) {
}
