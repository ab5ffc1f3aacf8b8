package io.paybridge.checkout.charge.domain;

/** What can happen to a charge the PSP accepted. */
public enum ChargeInput {
    /** A pending notification: accepted for processing. */
    PENDING,
    /** A credit notification: the money was collected. */
    CREDIT,
    /** A cancel notification the merchant did not ask for: the PSP could not process the charge. */
    CANCEL,
    /** The merchant's CancelCharge was accepted, or the cancel notification that confirms it arrived. */
    MERCHANT_CANCEL
}
