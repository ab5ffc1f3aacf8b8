package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.Timestamps;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** A verified notification (reference §4.2): members a method lacks are null, the signed data kept as received. */
public record TrustlyNotification(String method, String uuid, String notificationId, String orderId, String messageId,
        String endUserId, BigDecimal amount, String currency, String timestamp, Map<String, String> attributes,
        String accountId, Boolean verified, String errorCode, String errorMessage, JsonNode data) {

    /** The known method, or {@link NotificationMethod#UNKNOWN}. */
    public NotificationMethod kind() {
        return NotificationMethod.of(method);
    }

    /** The timestamp parsed when it has Trustly's format; kept as text so no verified notification is refused over it. */
    public Optional<OffsetDateTime> parsedTimestamp() {
        return Timestamps.parse(timestamp);
    }

    @Override
    public String toString() {
        // attributes and data may hold names, addresses and account details (account, kyc): ids and money only
        return "TrustlyNotification[method=" + method + ", uuid=" + uuid + ", notificationId=" + notificationId
                + ", orderId=" + orderId + ", messageId=" + messageId + ", endUserId=" + endUserId
                + ", amount=" + amount + ", currency=" + currency + "]";
    }
}
