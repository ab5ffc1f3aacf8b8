package io.paybridge.checkout.charge.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Where a charge stands, owning its allowed transitions. A charge starts REQUESTED (the PSP accepted it) or
 * REJECTED (the PSP answered {@code result "0"}; final). Collected money is never lost: a credit after a cancel
 * or a failure still credits. Everything else a final status receives is recorded and not applied.
 */
public enum ChargeStatus {
    /** The PSP accepted the Charge; no notification yet. */
    REQUESTED,
    /** The PSP is processing it. */
    PENDING,
    /** The money was collected. */
    CREDITED,
    /** The PSP refused the Charge when asked; no PSP order exists. */
    REJECTED,
    /** Cancelled by the merchant before collection. */
    CANCELLED,
    /** The PSP could not process it. */
    FAILED;

    private static final Map<ChargeStatus, Map<ChargeInput, ChargeStatus>> CHANGES = Map.of(
            REQUESTED, Map.of(
                    ChargeInput.PENDING, PENDING,
                    ChargeInput.CREDIT, CREDITED,
                    ChargeInput.CANCEL, FAILED,
                    ChargeInput.MERCHANT_CANCEL, CANCELLED),
            PENDING, Map.of(
                    ChargeInput.CREDIT, CREDITED,
                    ChargeInput.CANCEL, FAILED,
                    ChargeInput.MERCHANT_CANCEL, CANCELLED),
            CREDITED, Map.of(),
            REJECTED, Map.of(),
            CANCELLED, Map.of(
                    ChargeInput.CREDIT, CREDITED),
            FAILED, Map.of(
                    ChargeInput.CREDIT, CREDITED));

    /** The status {@code input} moves this one to; empty for a late, repeated or impossible input. */
    public Optional<ChargeStatus> on(ChargeInput input) {
        return Optional.ofNullable(CHANGES.get(this).get(input));
    }

    /** Whether the merchant may still ask to cancel (the PSP's date rule aside). */
    public boolean cancellable() {
        return CHANGES.get(this).containsKey(ChargeInput.MERCHANT_CANCEL);
    }
}
