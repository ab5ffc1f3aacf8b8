package io.paybridge.checkout.charge.messaging;

import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.contracts.payments.v1.ChargeCancelled;
import io.paybridge.contracts.payments.v1.ChargeCredited;
import io.paybridge.contracts.payments.v1.ChargeFailed;
import io.paybridge.contracts.payments.v1.ChargePending;
import io.paybridge.contracts.payments.v1.ChargeRejected;
import io.paybridge.contracts.payments.v1.ChargeRequested;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/** The public events of a charge ({@code payments.events.v1}), built from the charge and what caused them. */
public final class ChargeEvents {

    private ChargeEvents() {
    }

    /** The event of a new charge: ChargeRequested when the PSP accepted it, ChargeRejected when it did not. */
    public static SpecificRecord created(Charge charge) {
        if (charge.status == ChargeStatus.REJECTED) {
            return ChargeRejected.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(charge.chargeId)
                    .setCorrelationId(charge.correlationId).setRejectionCode(charge.rejectionReason).build();
        }
        return ChargeRequested.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(charge.chargeId)
                .setCorrelationId(charge.correlationId).setAccountId(charge.accountId).setAmount(charge.amountMinor)
                .setCurrency(charge.currency).setPaymentDate(charge.paymentDate).build();
    }

    /**
     * The event of entering {@code status}; {@code notificationId} is null when the merchant's CancelCharge answer,
     * not a notification, caused it.
     */
    public static SpecificRecord entered(ChargeStatus status, Charge charge, String notificationId) {
        return switch (status) {
            case PENDING -> ChargePending.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(charge.chargeId)
                    .setCorrelationId(charge.correlationId).setPspOrderId(charge.pspOrderId).setNotificationId(notificationId)
                    .build();
            case CREDITED -> ChargeCredited.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(charge.chargeId)
                    .setCorrelationId(charge.correlationId).setPspOrderId(charge.pspOrderId).setNotificationId(notificationId)
                    .setAmount(charge.amountMinor).setCurrency(charge.currency).build();
            case CANCELLED -> ChargeCancelled.newBuilder().setEventId(id()).setOccurredAt(now())
                    .setPaymentReference(charge.chargeId).setCorrelationId(charge.correlationId)
                    .setPspOrderId(charge.pspOrderId).build();
            case FAILED -> ChargeFailed.newBuilder().setEventId(id()).setOccurredAt(now()).setPaymentReference(charge.chargeId)
                    .setCorrelationId(charge.correlationId).setPspOrderId(charge.pspOrderId).setNotificationId(notificationId)
                    .setReason(charge.failureReason).build();
            case REQUESTED, REJECTED -> throw new IllegalArgumentException(status + " is entered only when the charge is created");
        };
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
