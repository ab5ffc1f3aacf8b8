package io.paybridge.payout.withdrawal.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Where a withdrawal stands, owning its allowed transitions (reference §5.3). It starts CREATED (the PSP gave the
 * checkout URL) and is DEBITED once its debit was answered OK. A manual decision is APPROVING or DENYING until the
 * PSP's answer (or GetWithdrawals) settles it. A credit after the money left means it was RETURNED; the credit the
 * PSP sends after a denial is the denial's own, not a return. Everything else a status receives is recorded and not
 * applied.
 */
public enum WithdrawalStatus {
    /** The PSP accepted Withdraw; the end user has not completed its checkout. */
    CREATED,
    /** The debit was answered OK: the amount is known and deducted; the PSP sends it, or waits for a decision. */
    DEBITED,
    /** ApproveWithdrawal was sent; its answer is not known yet. */
    APPROVING,
    /** DenyWithdrawal was sent; its answer is not known yet. */
    DENYING,
    /** The PSP accepted ApproveWithdrawal: it sends the money. */
    APPROVED,
    /** The PSP accepted DenyWithdrawal: nothing is paid out; final. */
    DENIED,
    /** The PSP confirmed the money reached the end user's bank. */
    CONFIRMED,
    /** The end user did not finish, or the PSP aborted after a FAILED debit answer; final. */
    CANCELLED,
    /** The money came back after it was sent; final. */
    RETURNED;

    private static final Map<WithdrawalStatus, Map<WithdrawalInput, WithdrawalStatus>> CHANGES = Map.of(
            CREATED, Map.of(
                    WithdrawalInput.DEBIT_ACCEPTED, DEBITED,
                    WithdrawalInput.CANCEL, CANCELLED),
            DEBITED, Map.of(
                    WithdrawalInput.APPROVE, APPROVING,
                    WithdrawalInput.DENY, DENYING,
                    WithdrawalInput.PAYOUT_CONFIRMED, CONFIRMED,
                    // without manual approval the PSP sends a DEBITED withdrawal itself: a credit is money returned
                    WithdrawalInput.CREDIT, RETURNED,
                    WithdrawalInput.CANCEL, CANCELLED),
            APPROVING, Map.of(
                    WithdrawalInput.APPROVAL_ACCEPTED, APPROVED,
                    WithdrawalInput.DECISION_REFUSED, DEBITED,
                    WithdrawalInput.PAYOUT_CONFIRMED, CONFIRMED,
                    WithdrawalInput.CREDIT, RETURNED),
            DENYING, Map.of(
                    WithdrawalInput.DENIAL_ACCEPTED, DENIED,
                    WithdrawalInput.DECISION_REFUSED, DEBITED,
                    // the PSP credits a denied withdrawal back: the denial went through
                    WithdrawalInput.CREDIT, DENIED),
            APPROVED, Map.of(
                    WithdrawalInput.PAYOUT_CONFIRMED, CONFIRMED,
                    WithdrawalInput.CREDIT, RETURNED),
            DENIED, Map.of(),
            CONFIRMED, Map.of(
                    WithdrawalInput.CREDIT, RETURNED),
            CANCELLED, Map.of(),
            RETURNED, Map.of());

    /** The status {@code input} moves this one to; empty for a late, repeated or impossible input. */
    public Optional<WithdrawalStatus> on(WithdrawalInput input) {
        return Optional.ofNullable(CHANGES.get(this).get(input));
    }

    /** Whether the withdrawal waits for its debit (the only status whose debit is answered OK). */
    public boolean awaitsDebit() {
        return CHANGES.get(this).containsKey(WithdrawalInput.DEBIT_ACCEPTED);
    }

    /** Whether a manual decision was sent and its answer is not known. */
    public boolean deciding() {
        return this == APPROVING || this == DENYING;
    }
}
