package io.paybridge.payout.accountpayout.domain;

import java.util.Optional;

/** What can happen to an account payout: the four-eyes decision, the PSP's answer to AccountPayout, and its notifications. */
public enum PayoutInput {
    /** A second principal approved a payout above the approval threshold. */
    APPROVE(null),
    /** A principal with the approve role turned the payout down: it is never sent. */
    REJECT(null),
    /** AccountPayout answered {@code result "1"}, or a notification on the payout's order showed the PSP has it. */
    ACCEPTED(null),
    /** AccountPayout answered {@code result "0"}: not accepted, no PSP order. */
    NOT_ACCEPTED(FailureStage.REJECTED),
    /** AccountPayout answered a verified error: nothing was done. */
    REFUSED(FailureStage.REJECTED),
    /** No verified answer (timeout, dropped answer, error 620): the payout may or may not exist at the PSP. */
    OUTCOME_UNKNOWN(null),
    /** A payoutconfirmation notification: the bank confirmed the funds were sent. */
    CONFIRMATION(null),
    /** A credit notification on the payout's order: the money came back. */
    RETURN(FailureStage.RETURNED),
    /** A payoutfailed notification: the payout could not be sent. */
    PAYOUT_FAILURE(FailureStage.PAYOUT_FAILED),
    /** A cancel notification on the payout's order ("failed payouts", reference §5.4). */
    CANCEL(FailureStage.PAYOUT_FAILED);

    private final FailureStage stage;

    PayoutInput(FailureStage stage) {
        this.stage = stage;
    }

    /** Where the payout failed when this input fails it; empty for inputs that do not. */
    public Optional<FailureStage> failureStage() {
        return Optional.ofNullable(stage);
    }
}
