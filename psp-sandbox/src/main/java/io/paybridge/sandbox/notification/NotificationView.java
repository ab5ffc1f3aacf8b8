package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A notification as the delivery log shows it: the data the merchant got, except account details the
 * sandbox made up for the end user (descriptor, lastdigits), and every attempt without reply bodies.
 */
public record NotificationView(String notificationid, String method, String uuid, String state, int attempts,
        String replyStatus, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, JsonNode data,
        List<AttemptView> attemptLog) {

    /** Account attributes that describe no person and may be shown. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("clearinghouse", "bank", "directdebitmandate");

    /** One attempt of the delivery log. */
    public record AttemptView(int attempt, String copy, Instant at, Integer httpStatus, String transportError,
            String replyStatus, Boolean replyVerified, boolean accepted, String rejection) {
    }

    static NotificationView of(Notification notification, List<DeliveryAttempt> attempts) {
        ObjectNode data = notification.data.deepCopy();
        if (data.get("attributes") instanceof ObjectNode attributes) {
            attributes.retain(SHOWN_ATTRIBUTES);
        }
        return new NotificationView(notification.notificationId.toString(), notification.method, notification.uuid.toString(),
                notification.state.name(), notification.attempts, notification.replyStatus, notification.createdAt,
                notification.state == Notification.State.PENDING ? notification.dueAt : null, notification.deliveredAt, data,
                attempts.stream().map(a -> new AttemptView(a.attemptNo, a.copy.name(), a.attemptedAt, a.httpStatus,
                        a.transportError, a.replyStatus, a.replyVerified, a.accepted, a.rejection)).toList());
    }
}
