package io.paybridge.checkout.mandate.messaging;

import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.contracts.payments.v1.MandateActivated;
import io.paybridge.contracts.payments.v1.MandateRequested;
import io.paybridge.contracts.payments.v1.MandateRevoked;
import io.paybridge.contracts.payments.v1.PspNotification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The public events of a mandate ({@code payments.events.v1}); they carry ids and masked account metadata only. */
public final class MandateEvents {

    private MandateEvents() {
    }

    public static MandateRequested requested(Mandate mandate) {
        return MandateRequested.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setPaymentReference(mandate.mandateId).setCorrelationId(mandate.correlationId)
                .setPspOrderId(mandate.pspOrderId).build();
    }

    public static MandateActivated activated(Mandate mandate, PspNotification notification) {
        return MandateActivated.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setPaymentReference(mandate.mandateId).setCorrelationId(mandate.correlationId)
                .setPspOrderId(mandate.pspOrderId).setNotificationId(notification.getNotificationId())
                .setAccountId(mandate.accountId).setBank(mandate.bank).setLastDigits(mandate.lastDigits).build();
    }

    public static MandateRevoked revoked(Mandate mandate, PspNotification notification) {
        return MandateRevoked.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now())
                .setPaymentReference(mandate.mandateId).setCorrelationId(mandate.correlationId)
                .setPspOrderId(mandate.pspOrderId).setNotificationId(notification.getNotificationId())
                .setReason(notification.getCancelReason()).build();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
