package io.paybridge.checkout.deposit.domain;

/**
 * What can happen to a deposit: a PSP notification whose amount and currency (when it carries them) match the
 * order, or the expiry of the checkout's lifetime. Mismatched notifications are recorded before and never get here.
 */
public enum DepositInput {
    PENDING,
    CREDIT,
    DEBIT,
    CANCEL,
    /** The checkout's lifetime (30 minutes) passed; raised by a timer in the service. */
    EXPIRY
}
