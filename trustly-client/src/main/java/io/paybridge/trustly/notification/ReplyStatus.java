package io.paybridge.trustly.notification;

/**
 * The merchant's answer in {@code data.status}: OK, or FAILED where the method defines it (a debit the
 * merchant could not apply). What Trustly does with FAILED for other methods is unconfirmed: it probably resends.
 */
public enum ReplyStatus {
    OK,
    FAILED
}
