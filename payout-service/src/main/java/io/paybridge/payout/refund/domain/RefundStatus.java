package io.paybridge.payout.refund.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a refund stands, owning its allowed transitions. A refund is REQUESTED when its amount is reserved on the
 * deposit, before the PSP is called. UNKNOWN means the PSP may have taken it (no trustworthy answer): it keeps its
 * reservation and is resent with the same UUID until the PSP answers, and a notification about it settles it too.
 * FAILED (final) gives the amount back to the deposit. Everything a status does not take is late or impossible and
 * changes nothing.
 */
public enum RefundStatus {
    /** Reserved; the Refund call is under way or not sent yet. */
    REQUESTED,
    /** Sent, but no trustworthy answer came back. */
    UNKNOWN,
    /** The PSP took the refund. */
    ACCEPTED,
    /** The bank sent the money (payoutconfirmation). */
    CONFIRMED,
    /** Refused, not sendable, or returned; the amount is refundable again. */
    FAILED;

    private static final Map<RefundStatus, Map<RefundInput, RefundStatus>> CHANGES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            REQUESTED, Map.of(
                    RefundInput.PSP_ACCEPTED, ACCEPTED,
                    RefundInput.PSP_REFUSED, FAILED,
                    RefundInput.PSP_UNANSWERED, UNKNOWN,
                    RefundInput.PAYOUT_CONFIRMED, CONFIRMED,
                    RefundInput.PAYOUT_FAILED, FAILED,
                    RefundInput.RETURNED, FAILED),
            UNKNOWN, Map.of(
                    RefundInput.PSP_ACCEPTED, ACCEPTED,
                    RefundInput.PSP_REFUSED, FAILED,
                    RefundInput.PAYOUT_CONFIRMED, CONFIRMED,
                    RefundInput.PAYOUT_FAILED, FAILED,
                    RefundInput.RETURNED, FAILED),
            ACCEPTED, Map.of(
                    RefundInput.PAYOUT_CONFIRMED, CONFIRMED,
                    RefundInput.PAYOUT_FAILED, FAILED,
                    RefundInput.RETURNED, FAILED),
            CONFIRMED, Map.of(
                    RefundInput.PAYOUT_FAILED, FAILED,
                    RefundInput.RETURNED, FAILED),
            FAILED, Map.of())));

    /** The status {@code input} moves this one to; empty for a late, repeated or impossible input. */
    public Optional<RefundStatus> on(RefundInput input) {
        return Optional.ofNullable(CHANGES.get(this).get(input));
    }

    /** Whether the PSP's answer to Refund is still awaited: the resolver resends such refunds with the same UUID. */
    public boolean awaitsAnswer() {
        return CHANGES.get(this).containsKey(RefundInput.PSP_ACCEPTED);
    }

    /** Whether the refund still holds its amount on the deposit. */
    public boolean holdsAmount() {
        return this != FAILED;
    }
}
