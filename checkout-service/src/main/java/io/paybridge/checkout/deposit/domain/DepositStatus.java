package io.paybridge.checkout.deposit.domain;

/** Where a deposit stands; each status but CREATED is published as an event when entered. */
public enum DepositStatus {
    /** The PSP accepted the Deposit call and returned a checkout URL; the end user has not finished. */
    CREATED,
    PENDING,
    CREDITED,
    DEBITED,
    CANCELLED,
    EXPIRED
}
