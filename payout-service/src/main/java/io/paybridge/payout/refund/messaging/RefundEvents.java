package io.paybridge.payout.refund.messaging;

import io.paybridge.contracts.payments.v1.RefundAccepted;
import io.paybridge.contracts.payments.v1.RefundConfirmed;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.contracts.payments.v1.RefundFailureStage;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public events of a refund ({@code payments.events.v1}), keyed and referenced by the refunded deposit's
 * orderRef (shared-contracts: a deposit and its refunds stay in one partition), with the refund's correlation id.
 */
public final class RefundEvents {

    private RefundEvents() {
    }

    /** RefundRequested: the amount is reserved on the deposit. */
    public static RefundRequested requested(Refund refund) {
        return RefundRequested.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(refund.orderRef)
                .setCorrelationId(refund.correlationId).setRefundId(refund.refundId).setAmount(refund.amountMinor)
                .setCurrency(refund.currency).build();
    }

    /**
     * The event of entering {@code status}; empty for UNKNOWN (no fact for others: the refund still holds its amount
     * and is resent). {@code acceptedBefore} says whether the PSP had the refund (a failure after acceptance names
     * the PSP order).
     */
    public static Optional<SpecificRecord> entered(RefundStatus status, Refund refund, boolean acceptedBefore) {
        return switch (status) {
            case ACCEPTED -> Optional.of(RefundAccepted.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(refund.orderRef).setCorrelationId(refund.correlationId)
                    .setRefundId(refund.refundId).setPspOrderId(refund.pspOrderId).build());
            case CONFIRMED -> Optional.of(RefundConfirmed.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(refund.orderRef).setCorrelationId(refund.correlationId)
                    .setRefundId(refund.refundId).setPspOrderId(refund.pspOrderId).setNotificationId(refund.notificationId)
                    .setAmount(refund.amountMinor).setCurrency(refund.currency).build());
            case FAILED -> Optional.of(RefundFailed.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(refund.orderRef).setCorrelationId(refund.correlationId)
                    .setRefundId(refund.refundId).setPspOrderId(acceptedBefore ? refund.pspOrderId : null)
                    .setStage(RefundFailureStage.valueOf(refund.failureStage.name()))
                    .setErrorCode(refund.errorCode).setErrorMessage(refund.errorMessage).build());
            case REQUESTED, UNKNOWN -> Optional.empty();
        };
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
