package io.paybridge.payout.refund.domain;

/** Where a refund failed: refused when requested, not sendable by the bank, or sent and returned. */
public enum RefundFailureStage {
    REJECTED,
    PAYOUT_FAILED,
    RETURNED
}
