package io.paybridge.reconciliation.run.domain;

import java.util.Arrays;
import java.util.List;

/**
 * How a reported row and an expected movement compared in a run. Every class but {@link #MATCHED} opens a break; the
 * names are the ones stored ({@code run_total.match_class}, {@code recon_break.break_class}) and published.
 */
public enum MatchClass {
    /** A row and a movement of the same order, type, amount and currency. */
    MATCHED,
    /** A row and a movement of the same order and type left over after exact pairing, in the same currency. */
    AMOUNT_MISMATCH,
    /** A row and a movement of the same order and type left over after exact pairing, in different currencies. */
    CURRENCY_MISMATCH,
    /** An uncancelled movement no report settled within the grace period. */
    MISSING_IN_REPORT,
    /** A row no movement explains. */
    UNEXPECTED_IN_REPORT,
    /** A row no movement explains, identical to a row that already settled one. */
    DUPLICATE_IN_REPORT;

    /** True when a run opens a break for this class. */
    public boolean isBreak() {
        return this != MATCHED;
    }

    /** The classes that open breaks. */
    public static List<MatchClass> breaks() {
        return Arrays.stream(values()).filter(MatchClass::isBreak).toList();
    }
}
