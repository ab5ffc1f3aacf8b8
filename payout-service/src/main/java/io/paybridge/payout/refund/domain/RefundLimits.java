package io.paybridge.payout.refund.domain;

import java.time.Duration;

/** The caps on a deposit's refunds: how many may hold money at once, and until how long after the credit. */
public record RefundLimits(int maxCount, Duration maxAge) {
}
