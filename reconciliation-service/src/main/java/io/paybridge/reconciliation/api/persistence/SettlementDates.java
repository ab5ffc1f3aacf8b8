package io.paybridge.reconciliation.api.persistence;

import java.time.LocalDate;
import java.util.Optional;

/** A range of settlement dates: from {@code from} (inclusive) until {@code until} (exclusive); either end may be open. */
public record SettlementDates(Optional<LocalDate> from, Optional<LocalDate> until) {

    /** Every date. */
    public static SettlementDates any() {
        return new SettlementDates(Optional.empty(), Optional.empty());
    }
}
