package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Queues a notification for an order, inside the caller's transaction, so that a state change and the
 * notification it causes are stored together. The common fields (notificationid, orderid, messageid,
 * enduserid, timestamp) are added here; the caller gives the method-specific ones. An {@code account}
 * notification carries neither enduserid nor timestamp (reference §4.2).
 */
@ApplicationScoped
public class NotificationScheduler {

    /** Trustly's timestamp format, e.g. {@code 2015-03-12 15:14:18.61671+00}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx");

    /** Queues {@code method} for {@code order}, due after {@code delay}. */
    public Uni<Notification> schedule(SandboxOrder order, String method, ObjectNode fields, Duration delay) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select nextval('psp_sandbox.notification_id_seq')", Long.class)
                        .getSingleResult())
                .flatMap(id -> {
                    Instant now = Instant.now();
                    ObjectNode data = JsonNodeFactory.instance.objectNode();
                    data.setAll(fields);
                    data.put("notificationid", Long.toString(id));
                    data.put("orderid", Long.toString(order.orderId));
                    data.put("messageid", order.messageId);
                    if (!"account".equals(method)) {
                        data.put("enduserid", order.endUserId);
                        data.put("timestamp", TIMESTAMP.format(OffsetDateTime.ofInstant(now.plus(delay), ZoneOffset.UTC)));
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
