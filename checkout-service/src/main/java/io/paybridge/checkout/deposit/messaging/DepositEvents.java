package io.paybridge.checkout.deposit.messaging;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.contracts.payments.v1.DepositCancelled;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.contracts.payments.v1.DepositExpired;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.payments.v1.DepositPending;
import io.paybridge.contracts.payments.v1.PspNotification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/** The public events of a deposit ({@code payments.events.v1}), built from the order and what caused them. */
public final class DepositEvents {

    private DepositEvents() {
    }

    /** The PSP created the order. */
    public static DepositInitiated initiated(DepositOrder order) {
        return DepositInitiated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now())
                .setPaymentReference(order.orderRef)
                .setCorrelationId(order.correlationId)
                .setPspOrderId(order.pspOrderId)
                .setAmount(order.amountMinor)
                .setCurrency(order.currency)
                .build();
    }

    /**
     * The event of entering {@code status}, caused by the notification {@code notificationId}; {@code notification}
     * is the one being applied (null for the expiry timer). They differ for a held debit applied after its credit.
     *
     * @throws IllegalArgumentException for CREATED, which is entered only by {@link #initiated}
     */
    public static SpecificRecord entered(DepositStatus status, DepositOrder order, String notificationId,
            PspNotification notification) {
        String eventId = UUID.randomUUID().toString();
        return switch (status) {
            case PENDING -> DepositPending.newBuilder().setEventId(eventId).setOccurredAt(now())
                    .setPaymentReference(order.orderRef).setCorrelationId(order.correlationId).setPspOrderId(order.pspOrderId)
                    .setNotificationId(notificationId).setAmount(order.amountMinor)
                    .setCurrency(order.currency).build();
            case CREDITED -> DepositCredited.newBuilder().setEventId(eventId).setOccurredAt(now())
                    .setPaymentReference(order.orderRef).setCorrelationId(order.correlationId).setPspOrderId(order.pspOrderId)
                    .setNotificationId(notificationId).setAmount(order.amountMinor)
                    .setCurrency(order.currency).setPspTimestamp(notification.getPspTimestamp()).build();
            case DEBITED -> DepositDebited.newBuilder().setEventId(eventId).setOccurredAt(now())
                    .setPaymentReference(order.orderRef).setCorrelationId(order.correlationId).setPspOrderId(order.pspOrderId)
                    .setNotificationId(notificationId).setAmount(order.amountMinor)
                    .setCurrency(order.currency).build();
            case CANCELLED -> DepositCancelled.newBuilder().setEventId(eventId).setOccurredAt(now())
                    .setPaymentReference(order.orderRef).setCorrelationId(order.correlationId).setPspOrderId(order.pspOrderId)
                    .setNotificationId(notificationId).setReason(notification.getCancelReason()).build();
            case EXPIRED -> DepositExpired.newBuilder().setEventId(eventId).setOccurredAt(now())
                    .setPaymentReference(order.orderRef).setCorrelationId(order.correlationId).setPspOrderId(order.pspOrderId)
                    .build();
            case CREATED -> throw new IllegalArgumentException("CREATED is entered by DepositInitiated only");
        };
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
