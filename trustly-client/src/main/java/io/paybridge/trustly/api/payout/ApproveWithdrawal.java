package io.paybridge.trustly.api.payout;

import io.paybridge.trustly.api.RequestDescription;

/** {@code ApproveWithdrawal} (reference §3): lets a withdrawal awaiting manual approval proceed. */
public record ApproveWithdrawal(String orderId) implements WithdrawalDecision {

    @Override
    public String method() {
        return "ApproveWithdrawal";
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
