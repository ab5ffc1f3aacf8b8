package io.paybridge.payout.withdrawal.domain;

/** What can happen to a withdrawal the PSP accepted. */
public enum WithdrawalInput {
    /** Its debit was answered OK: the end user chose an amount that fits, and the merchant deducted it. */
    DEBIT_ACCEPTED,
    /** The merchant asks to approve it (ApproveWithdrawal is about to be sent). */
    APPROVE,
    /** The merchant asks to deny it (DenyWithdrawal is about to be sent). */
    DENY,
    /** The PSP accepted ApproveWithdrawal, or GetWithdrawals shows it was approved. */
    APPROVAL_ACCEPTED,
    /** The PSP accepted DenyWithdrawal, or GetWithdrawals shows it was denied. */
    DENIAL_ACCEPTED,
    /** The PSP refused the decision (it no longer waits for one): nothing was decided. */
    DECISION_REFUSED,
    /** A payoutconfirmation notification: the money reached the end user's bank. */
    PAYOUT_CONFIRMED,
    /** A cancel notification: the end user did not finish, or the PSP aborted after a FAILED debit answer. */
    CANCEL,
    /** A credit notification: money came back to the merchant. */
    CREDIT
}
