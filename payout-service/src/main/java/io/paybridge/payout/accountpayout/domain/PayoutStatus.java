package io.paybridge.payout.accountpayout.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an account payout stands, owning its allowed transitions. A payout above the approval threshold starts
 * AWAITING_APPROVAL and reaches the PSP only after APPROVE; any other starts REQUESTED. REQUESTED and UNKNOWN are
 * the states whose AccountPayout is (re)sent with the stored MessageID and UUID until the PSP gives a definite
 * answer. A notification on the payout's order first enters ACCEPTED (the PSP has the order), so notifications
 * apply from ACCEPTED on. Anything else a status receives is recorded and never applied.
 */
public enum PayoutStatus {
    /** Above the approval threshold: waits for a second principal; nothing was sent. */
    AWAITING_APPROVAL,
    /** Stored with its MessageID and UUID; AccountPayout is being sent. */
    REQUESTED,
    /** AccountPayout got no verified answer; resent with the same MessageID and UUID until it does. */
    UNKNOWN,
    /** The PSP accepted the payout ({@code result "1"}). */
    ACCEPTED,
    /** The bank confirmed the funds were sent (payoutconfirmation). */
    CONFIRMED,
    /** Refused by the PSP, not sendable, or returned; {@link FailureStage} says which. */
    FAILED,
    /** Turned down at approval; never sent. */
    REJECTED;

    private static final Map<PayoutInput, PayoutStatus> ANSWERS = Map.of(
            PayoutInput.ACCEPTED, ACCEPTED,
            PayoutInput.NOT_ACCEPTED, FAILED,
            PayoutInput.REFUSED, FAILED);

    private static final Map<PayoutStatus, Map<PayoutInput, PayoutStatus>> CHANGES = Map.of(
            AWAITING_APPROVAL, Map.of(
                    PayoutInput.APPROVE, REQUESTED,
                    PayoutInput.REJECT, REJECTED),
            REQUESTED, with(ANSWERS, PayoutInput.OUTCOME_UNKNOWN, UNKNOWN),
            UNKNOWN, ANSWERS,
            ACCEPTED, Map.of(
                    PayoutInput.CONFIRMATION, CONFIRMED,
                    PayoutInput.RETURN, FAILED,
                    PayoutInput.PAYOUT_FAILURE, FAILED,
                    PayoutInput.CANCEL, FAILED),
            CONFIRMED, Map.of(
                    PayoutInput.RETURN, FAILED,
                    PayoutInput.PAYOUT_FAILURE, FAILED),
            FAILED, Map.of(),
            REJECTED, Map.of());

    /** The status {@code input} moves this one to; empty for a late, repeated or impossible input. */
    public Optional<PayoutStatus> on(PayoutInput input) {
        return Optional.ofNullable(CHANGES.get(this).get(input));
    }

    /** Whether AccountPayout is (re)sent in this status: stored, and no definite answer yet. */
    public boolean sendable() {
        return this == REQUESTED || this == UNKNOWN;
    }

    private static Map<PayoutInput, PayoutStatus> with(Map<PayoutInput, PayoutStatus> base, PayoutInput input,
            PayoutStatus next) {
        Map<PayoutInput, PayoutStatus> all = new EnumMap<>(base);
        all.put(input, next);
        return Map.copyOf(all);
    }
}
