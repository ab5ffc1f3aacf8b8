package io.paybridge.checkout.link.domain;

/** Where a payment link stands, derived from its own dates and the deposits made from it ({@link LinkStanding}). */
public enum PaymentLinkStatus {
    /** The end user may press Pay (or continue an attempt still open at the PSP). */
    OPEN,
    /** An attempt is PENDING at the PSP: the end user paid, the money has not arrived yet. */
    PROCESSING,
    /** An attempt was CREDITED. */
    PAID,
    /** An attempt was credited and then debited (reversed by the bank). */
    REVERSED,
    /** The merchant cancelled the link. */
    CANCELLED,
    /** The link's lifetime passed before it was paid. */
    EXPIRED
}
