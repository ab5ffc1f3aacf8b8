package io.paybridge.checkout.mandate.domain;

/** What the PSP can report about a mandate's SelectAccount order. */
public enum MandateInput {
    /** An account notification with {@code directdebitmandate} 0: the mandate was sent for approval. */
    ACCOUNT_SENT_FOR_APPROVAL,
    /** An account notification with {@code directdebitmandate} 1: the mandate is active. */
    ACCOUNT_MANDATE_ACTIVE,
    /** A cancel notification: the mandate was not approved, or was revoked. */
    CANCEL
}
