package io.paybridge.payout.withdrawal.domain;

/** A merchant's decision on a DEBITED withdrawal when the PSP waits for one (manual approval). */
public enum ManualDecision {
    APPROVE(WithdrawalInput.APPROVE, WithdrawalInput.APPROVAL_ACCEPTED),
    DENY(WithdrawalInput.DENY, WithdrawalInput.DENIAL_ACCEPTED);

    private final WithdrawalInput asked;
    private final WithdrawalInput accepted;

    ManualDecision(WithdrawalInput asked, WithdrawalInput accepted) {
        this.asked = asked;
        this.accepted = accepted;
    }

    /** The input of asking for it. */
    public WithdrawalInput asked() {
        return asked;
    }

    /** The input of the PSP accepting it. */
    public WithdrawalInput accepted() {
        return accepted;
    }
}
