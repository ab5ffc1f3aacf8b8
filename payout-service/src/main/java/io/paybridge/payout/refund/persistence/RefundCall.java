package io.paybridge.payout.refund.persistence;

import java.util.UUID;

/**
 * What one send of a refund's Refund call is made of, all of it stored with the refund before the first send, so
 * every send is the identical request under the same UUID.
 */
public record RefundCall(String refundId, String orderRef, String pspOrderId, long amountMinor, String currency, UUID uuid) {

    /** The call of {@code refund}. */
    public static RefundCall of(Refund refund) {
        return new RefundCall(refund.refundId, refund.orderRef, refund.pspOrderId, refund.amountMinor, refund.currency, refund.uuid);
    }
}
