package io.paybridge.payout.refund.api;

import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.support.money.Money;
import java.time.Instant;

/**
 * A refund as the API shows it: amount as a decimal string, the deposit's PSP order (Trustly refunds by it), where it
 * failed and the PSP's error when it did.
 */
public record RefundView(String refundId, String orderRef, String status, String failureStage, String amount,
        String currency, String reason, String pspOrderId, String errorCode, String errorMessage, String correlationId,
        Instant createdAt, Instant updatedAt) {

    public static RefundView of(Refund refund) {
        return new RefundView(refund.refundId, refund.orderRef, refund.status.name(),
                refund.failureStage == null ? null : refund.failureStage.name(),
                Money.ofMinor(refund.amountMinor, refund.currency).toDecimalString(), refund.currency, refund.reason,
                refund.pspOrderId, refund.errorCode, refund.errorMessage, refund.correlationId, refund.createdAt,
                refund.updatedAt);
    }
}
