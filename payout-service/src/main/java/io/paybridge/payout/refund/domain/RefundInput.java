package io.paybridge.payout.refund.domain;

import java.util.Optional;

/** What can happen to a refund once it is reserved: the PSP's answer to Refund, and the notifications on its deposit. */
public enum RefundInput {
    /** Refund answered {@code result "1"}: the PSP took it (and queues it until the deposit has settled). */
    PSP_ACCEPTED(null),
    /** Refund refused with an error that means nothing was done, or {@code result "0"}. */
    PSP_REFUSED(RefundFailureStage.REJECTED),
    /** No trustworthy answer: the PSP may have taken it; the same Refund is resent. */
    PSP_UNANSWERED(null),
    /** A payoutconfirmation of the refund's amount on its deposit: the bank sent the money. */
    PAYOUT_CONFIRMED(null),
    /** A payoutfailed of the refund's amount on its deposit. */
    PAYOUT_FAILED(RefundFailureStage.PAYOUT_FAILED),
    /** A credit of the refund's amount on its deposit that is not the deposit's own: the money came back. */
    RETURNED(RefundFailureStage.RETURNED);

    private final RefundFailureStage failureStage;

    RefundInput(RefundFailureStage failureStage) {
        this.failureStage = failureStage;
    }

    /** Where a refund this input fails has failed; empty for inputs that do not fail a refund. */
    public Optional<RefundFailureStage> failureStage() {
        return Optional.ofNullable(failureStage);
    }
}
