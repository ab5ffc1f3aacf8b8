package io.paybridge.ingest.trustly;

import io.paybridge.contracts.payments.v1.NotificationAccount;
import io.paybridge.contracts.payments.v1.NotificationFailure;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.ingest.inbox.Psp;
import io.paybridge.support.money.Money;
import io.paybridge.trustly.notification.NotificationMethod;
import io.paybridge.trustly.notification.TrustlyNotification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns a verified Trustly notification into the published {@link PspNotification}: ids, money in
 * minor units and non-personal account metadata. Names, addresses and person ids of an account or
 * KYC notification stay in the inbox's raw body and are never published.
 */
final class TrustlyNormalizer {

    private static final Logger LOG = Logger.getLogger(TrustlyNormalizer.class);

    private TrustlyNormalizer() {
    }

    /** The Kafka key: the order id, or the notification id of a notification that names no order. */
    static String key(TrustlyNotification notification) {
        return present(notification.orderId()) ? notification.orderId() : notification.notificationId();
    }

    /** The notification id the inbox deduplicates on: Trustly's, or the uuid of an unknown method that has none. */
    static String notificationId(TrustlyNotification notification) {
        return present(notification.notificationId()) ? notification.notificationId() : "uuid:" + notification.uuid();
    }

    static PspNotification normalize(TrustlyNotification notification, UUID inboxId, Instant receivedAt) {
        String orderId = present(notification.orderId()) ? notification.orderId() : "";
        String reference = present(notification.messageId()) ? notification.messageId() : key(notification);
        Instant pspTime = notification.parsedTimestamp().map(time -> time.toInstant()).orElse(null);
        PspNotification.Builder event = PspNotification.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(pspTime != null ? pspTime : receivedAt)
                .setPaymentReference(reference)
                .setCorrelationId(reference)
                .setPsp(Psp.TRUSTLY.published())
                .setNotificationId(notificationId(notification))
                .setMethod(notification.method())
                .setKind(kind(notification.kind()))
                .setPspOrderId(orderId)
                .setMessageId(notification.messageId())
                .setEndUserId(notification.endUserId())
                .setPspTimestamp(pspTime)
                .setInboxId(inboxId.toString())
                .setReceivedAt(receivedAt);
        minorUnits(notification).ifPresent(money -> event.setAmount(money.minorUnits()).setCurrency(money.currencyCode()));
        if (notification.kind() == NotificationMethod.ACCOUNT) {
            event.setAccount(account(notification));
        }
        if (notification.kind() == NotificationMethod.PAYOUT_FAILED) {
            event.setFailure(NotificationFailure.newBuilder()
                    .setErrorCode(orEmpty(notification.errorCode()))
                    .setErrorMessage(orEmpty(notification.errorMessage()))
                    .build());
        }
        if (notification.kind() == NotificationMethod.CANCEL) {
            event.setCancelReason(notification.attributes().get("reason"));
        }
        return event.build();
    }

    private static java.util.Optional<Money> minorUnits(TrustlyNotification notification) {
        if (notification.amount() == null || notification.currency() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Money.parse(notification.amount().toPlainString(), notification.currency()));
        } catch (RuntimeException e) {
            // Signed by Trustly, so stored and published all the same; the consumer sees no amount.
            LOG.warnf("notification %s: amount in %s not representable (%s); published without amount",
                    notification.notificationId(), notification.currency(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static NotificationAccount account(TrustlyNotification notification) {
        Map<String, String> attributes = notification.attributes();
        String mandate = attributes.get("directdebitmandate");
        return NotificationAccount.newBuilder()
                .setAccountId(notification.accountId())
                .setVerified(Boolean.TRUE.equals(notification.verified()))
                .setClearingHouse(attributes.get("clearinghouse"))
                .setBank(attributes.get("bank"))
                .setDescriptor(attributes.get("descriptor"))
                .setLastDigits(attributes.get("lastdigits"))
                .setDirectDebitMandate(mandate == null ? null : "1".equals(mandate))
                .build();
    }

    private static NotificationKind kind(NotificationMethod method) {
        return switch (method) {
            case PENDING -> NotificationKind.PENDING;
            case CREDIT -> NotificationKind.CREDIT;
            case DEBIT -> NotificationKind.DEBIT;
            case CANCEL -> NotificationKind.CANCEL;
            case ACCOUNT -> NotificationKind.ACCOUNT;
            case PAYOUT_CONFIRMATION -> NotificationKind.PAYOUT_CONFIRMATION;
            case PAYOUT_FAILED -> NotificationKind.PAYOUT_FAILED;
            case KYC -> NotificationKind.KYC;
            case UNKNOWN -> NotificationKind.UNKNOWN;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
