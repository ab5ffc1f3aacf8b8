package io.paybridge.checkout.deposit.domain;

import java.util.Objects;

/**
 * A deposit's status plus whether a DEBIT arrived before any CREDIT and is held until the credit comes
 * (notifications arrive in any order; Trustly only debits what it credited).
 */
public record DepositState(DepositStatus status, boolean debitHeld) {

    public DepositState {
        Objects.requireNonNull(status, "status");
        if (debitHeld && (status == DepositStatus.CREDITED || status == DepositStatus.DEBITED)) {
            throw new IllegalArgumentException("a debit is held only until its credit arrives, not in " + status);
        }
    }

    public static DepositState initial() {
        return new DepositState(DepositStatus.CREATED, false);
    }
}
