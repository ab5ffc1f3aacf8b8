package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.Sequences;
import io.paybridge.sandbox.ledger.TrustlyTimestamps;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues a notification for an order, inside the caller's transaction, so that a state change and the
 * notification it causes are stored together. The common fields (notificationid, orderid, messageid,
 * enduserid, timestamp) are added here; the caller gives the method-specific ones. An {@code account}
 * notification carries neither enduserid nor timestamp (reference §4.2).
 */
@ApplicationScoped
public class NotificationScheduler {

    /** Queues {@code method} for {@code order}, due after {@code delay}. */
    public Uni<Notification> schedule(SandboxOrder order, String method, ObjectNode fields, Duration delay) {
        return Sequences.next("notification_id_seq")
                .flatMap(id -> {
                    Instant now = Instant.now();
                    ObjectNode data = JsonNodeFactory.instance.objectNode();
                    data.setAll(fields);
                    data.put("notificationid", Long.toString(id));
                    data.put("orderid", Long.toString(order.orderId));
                    data.put("messageid", order.messageId);
                    if (!"account".equals(method)) {
                        data.put("enduserid", order.endUserId);
                        data.put("timestamp", TrustlyTimestamps.format(now.plus(delay)));
                    }
                    Notification notification = new Notification();
                    notification.notificationId = id;
                    notification.orderId = order.orderId;
                    notification.merchantUsername = order.merchantUsername;
                    notification.method = method;
                    notification.uuid = UUID.randomUUID();
                    notification.url = order.notificationUrl;
                    notification.data = data;
                    notification.dueAt = now.plus(delay);
                    notification.state = Notification.State.PENDING;
                    notification.createdAt = now;
                    return notification.<Notification>persist();
                });
    }
}
