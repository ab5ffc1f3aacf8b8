package io.paybridge.ingest.inbox;

import java.util.Objects;

/**
 * A verified callback about to be stored: who sent it, its PSP-unique id, what it is about, the raw
 * body as received and the reply status it is to be answered with.
 *
 * @param key the Kafka key of the published record: the PSP order id, or the notification id when the
 *     callback names no order
 */
public record NewNotification(Psp psp, String notificationId, String method, String pspOrderId, String key,
        byte[] rawBody, String bodySha256, String replyStatus) {

    /** The longest notification id, PSP order id or key the inbox and the outbox keep. */
    public static final int MAX_ID_LENGTH = 255;
    /** The longest method the inbox keeps. */
    public static final int MAX_METHOD_LENGTH = 100;

    public NewNotification {
        Objects.requireNonNull(psp, "psp");
        requireText(notificationId, "notificationId");
        requireText(method, "method");
        requireText(key, "key");
        Objects.requireNonNull(rawBody, "rawBody");
        requireText(bodySha256, "bodySha256");
        requireText(replyStatus, "replyStatus");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        // the raw body may hold personal data: ids only
        return "NewNotification[psp=" + psp + ", notificationId=" + notificationId + ", method=" + method
                + ", pspOrderId=" + pspOrderId + "]";
    }
}
