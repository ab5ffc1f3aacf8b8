package io.paybridge.ingest.paymentsai;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.ingest.inbox.Psp;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns a verified PaymentsAI event into the published {@link PspNotification}: its ids and type
 * only. No amount is published (the metadata's amount format is not documented) and no customer or
 * card detail.
 */
final class PaymentsAiNormalizer {

    private PaymentsAiNormalizer() {
    }

    /** The Kafka key: the transaction id, or the deduplication id of an event that names no transaction. */
    static String key(PaymentsAiEvent event) {
        return event.transactionId() != null ? event.transactionId() : event.deduplicationId();
    }

    static PspNotification normalize(PaymentsAiEvent event, UUID inboxId, Instant receivedAt) {
        String reference = key(event);
        return PspNotification.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(receivedAt)
                .setPaymentReference(reference)
                .setCorrelationId(reference)
                .setPsp(Psp.PAYMENTSAI.published())
                .setNotificationId(event.deduplicationId())
                .setMethod(event.type())
                // No event type maps clearly onto the kinds, which are Trustly Europe's order notifications.
                .setKind(NotificationKind.UNKNOWN)
                .setPspOrderId(event.transactionId() != null ? event.transactionId() : "")
                .setInboxId(inboxId.toString())
                .setReceivedAt(receivedAt)
                .build();
    }
}
