package io.paybridge.trustly.api.payout;

import io.paybridge.trustly.api.RequestDescription;

/** {@code DenyWithdrawal} (reference §3): stops a withdrawal awaiting manual approval. */
public record DenyWithdrawal(String orderId) implements WithdrawalDecision {

    @Override
    public String method() {
        return "DenyWithdrawal";
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
