package io.paybridge.trustly.notification;

/** The merchant's answer in {@code data.status}; FAILED is defined for debit, its effect elsewhere unconfirmed. */
public enum ReplyStatus {
    OK,
    FAILED
}
