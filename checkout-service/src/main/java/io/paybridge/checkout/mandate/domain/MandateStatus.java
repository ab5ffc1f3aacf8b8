package io.paybridge.checkout.mandate.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Where a direct-debit mandate stands, owning its allowed transitions. Account notifications may arrive in any
 * order (reference §4), so a "sent for approval" after "active" never downgrades; a cancel ends the mandate
 * from any state but INACTIVE, which is final.
 */
public enum MandateStatus {
    /** SelectAccount created the order; the end user has not picked an account yet. */
    REQUESTED,
    /** The end user picked an account; the bank has not approved the mandate yet. */
    PENDING_APPROVAL,
    /** The mandate is approved: the account can be charged. */
    ACTIVE,
    /** Not approved, or revoked. */
    INACTIVE;

    private static final Map<MandateStatus, Map<MandateInput, MandateStatus>> CHANGES = Map.of(
            REQUESTED, Map.of(
                    MandateInput.ACCOUNT_SENT_FOR_APPROVAL, PENDING_APPROVAL,
                    MandateInput.ACCOUNT_MANDATE_ACTIVE, ACTIVE,
                    MandateInput.CANCEL, INACTIVE),
            PENDING_APPROVAL, Map.of(
                    MandateInput.ACCOUNT_MANDATE_ACTIVE, ACTIVE,
                    MandateInput.CANCEL, INACTIVE),
            ACTIVE, Map.of(
                    MandateInput.CANCEL, INACTIVE),
            INACTIVE, Map.of());

    /** The status {@code input} moves this one to; empty for a late, repeated or impossible input (recorded, not applied). */
    public Optional<MandateStatus> on(MandateInput input) {
        return Optional.ofNullable(CHANGES.get(this).get(input));
    }

    /** Whether the mandate can be charged. */
    public boolean chargeable() {
        return this == ACTIVE;
    }
}
