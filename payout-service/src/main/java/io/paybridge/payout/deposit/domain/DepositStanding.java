package io.paybridge.payout.deposit.domain;

/** Where a deposit stands for refunds: credited (refundable), or reversed by the PSP (never refundable again). */
public enum DepositStanding {
    /** The money came in: refunds may draw on it. */
    CREDITED,
    /** The PSP reversed the deposit (a debit after the credit): no new refunds. */
    DEBITED
}
