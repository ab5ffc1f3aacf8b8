package io.paybridge.payout.withdrawal.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What GetWithdrawals says about a decision whose answer was lost. Its transfer state shows whether the PSP still
 * waits for a decision (PENDING: resend the decision with its UUID, which the PSP answers as the first time),
 * approved it (the money is on its way or arrived) or denied it (FAILED). Trustly warns that its transfer states
 * change without notice: a state not listed here is no verdict, and the resolver asks again later.
 */
public enum DecisionResolution {
    /** The PSP did what was asked. */
    ACCEPTED,
    /** The PSP did the opposite, or can no longer do what was asked: the withdrawal is DEBITED again. */
    REFUSED,
    /** The PSP still waits for a decision: send it again, with the same UUID. */
    RESEND,
    /** No verdict yet: ask again later. */
    WAIT;

    private static final Set<String> WAITING = Set.of("PENDING");
    private static final Set<String> SENDING = Set.of("QUEUED", "PREPARING", "PREPARED", "EXECUTING", "EXECUTED",
            "CONFIRMED", "RETURNED", "BOUNCED");
    private static final Set<String> FAILED = Set.of("FAILED");

    /**
     * The resolution of {@code decision} given the transfer state of the withdrawal's transfer, or none (the PSP lists
     * no transfer: the end user's amount is not known to it, so no decision took effect).
     */
    public static DecisionResolution of(ManualDecision decision, Optional<String> transferState) {
        if (transferState.isEmpty()) {
            return RESEND;
        }
        String state = transferState.get().toUpperCase(Locale.ROOT);
        if (WAITING.contains(state)) {
            return RESEND;
        }
        if (SENDING.contains(state)) {
            return decision == ManualDecision.APPROVE ? ACCEPTED : REFUSED;
        }
        if (FAILED.contains(state)) {
            return decision == ManualDecision.DENY ? ACCEPTED : REFUSED;
        }
        return WAIT;
    }
}
