package io.paybridge.ingest.trustlyna;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.ingest.inbox.Psp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns an authenticated Trustly North America event into the published {@link PspNotification}:
 * ids, the event type and the merchant's reference only. The event names no amount, and any
 * customer fields stay in the inbox's raw body.
 */
final class TrustlyNaNormalizer {

    private static final String TRANSACTION = "transaction";

    private TrustlyNaNormalizer() {
    }

    /**
     * The Trustly transaction the event is about: {@code objectId} when the object is a transaction
     * (or its type is not given), otherwise {@code parentObjectId}, the transaction that object belongs
     * to, falling back to {@code objectId}; null when the event names no object. A refund is its own
     * transaction in Trustly North America, so its events carry the refund's id, not the payment's.
     */
    static String transactionId(TrustlyNaEvent event) {
        boolean objectIsTransaction = event.objectType() == null
                || TRANSACTION.equals(event.objectType().toLowerCase(Locale.ROOT));
        if (!objectIsTransaction && event.parentObjectId() != null) {
            return event.parentObjectId();
        }
        return event.objectId();
    }

    /** The Kafka key: the transaction id, or the event id of an event that names no object. */
    static String key(TrustlyNaEvent event) {
        String transactionId = transactionId(event);
        return transactionId != null ? transactionId : event.eventId();
    }

    static PspNotification normalize(TrustlyNaEvent event, UUID inboxId, Instant receivedAt) {
        String transactionId = transactionId(event);
        String reference = event.merchantReference() != null ? event.merchantReference() : key(event);
        return PspNotification.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(event.createdAt() != null ? event.createdAt() : receivedAt)
                .setPaymentReference(reference)
                .setCorrelationId(reference)
                .setPsp(Psp.TRUSTLY_NA.published())
                .setNotificationId(event.eventId())
                .setMethod(event.eventType())
                // No event type maps clearly: the kinds are Trustly Europe's order notifications, while an
                // NA event's meaning depends on transactionType and numeric statuses not yet confirmed.
                .setKind(NotificationKind.UNKNOWN)
                .setPspOrderId(transactionId != null ? transactionId : "")
                .setMessageId(event.merchantReference())
                .setPspTimestamp(event.createdAt())
                .setInboxId(inboxId.toString())
                .setReceivedAt(receivedAt)
                .build();
    }
}
