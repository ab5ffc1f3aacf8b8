package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.inbox.NewNotification;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The fields of an authenticated Trustly North America webhook that the ingest uses: ids, the event
 * type and the merchant's reference. Everything else (statuses, customer or account fields, a split
 * token) stays in the inbox's raw body.
 *
 * @param createdAt Trustly's {@code createdAt} (epoch milliseconds), or null when absent or not a number
 */
record TrustlyNaEvent(String eventId, String eventType, String objectId, String objectType, String parentObjectId,
        String merchantReference, Instant createdAt) {

    private static final Logger LOG = Logger.getLogger(TrustlyNaEvent.class);

    /** The event in {@code fields}; refused when {@code eventId} or {@code eventType} is missing or an id is too long. */
    static TrustlyNaEvent of(Map<String, String> fields) {
        String eventId = required(fields, "eventId", NewNotification.MAX_ID_LENGTH);
        return new TrustlyNaEvent(eventId,
                required(fields, "eventType", NewNotification.MAX_METHOD_LENGTH),
                optional(fields, "objectId", NewNotification.MAX_ID_LENGTH),
                optional(fields, "objectType", Integer.MAX_VALUE),
                optional(fields, "parentObjectId", NewNotification.MAX_ID_LENGTH),
                optional(fields, "merchantReference", Integer.MAX_VALUE),
                createdAt(eventId, fields.get("createdAt")));
    }

    private static String required(Map<String, String> fields, String name, int maxLength) {
        String value = optional(fields, name, maxLength);
        if (value == null) {
            throw new Refusal(RejectionReason.MALFORMED, "the field " + name + " is missing or empty");
        }
        return value;
    }

    private static String optional(Map<String, String> fields, String name, int maxLength) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new Refusal(RejectionReason.MALFORMED, "the field " + name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static Instant createdAt(String eventId, String millis) {
        if (millis == null || millis.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.strip()));
        } catch (NumberFormatException e) {
            // Signed by Trustly, so stored and published all the same, without Trustly's time.
            LOG.warnf("Trustly NA event %s: createdAt is not epoch milliseconds; published without it", eventId);
            return null;
        }
    }
}
