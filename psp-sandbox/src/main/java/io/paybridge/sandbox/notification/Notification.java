package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A notification to a merchant, delivered (and retried with the same notificationid) until a signed OK arrives or delivery gives up. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Whether the merchant has answered it: delivery goes on while PENDING, GAVE_UP after the last allowed attempt. */
    public enum State { PENDING, DELIVERED, GAVE_UP }

    @Id
    @Column(name = "notification_id")
    public Long notificationId;

    @Column(name = "order_id", nullable = false)
    public Long orderId;

    @Column(name = "merchant_username", nullable = false)
    public String merchantUsername;

    /** Lower-case notification method: pending, credit, debit, cancel, account, payoutconfirmation, ... */
    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public UUID uuid;

    @Column(nullable = false)
    public String url;

    /** The notification's data, including notificationid; signed as is at every attempt. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ObjectNode data;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int attempts;

    /** The status of the verified reply that ended delivery: OK, or FAILED for a debit. */
    @Column(name = "reply_status")
    public String replyStatus;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Override
    public String toString() {
        return "Notification[" + notificationId + ", " + method + ", order " + orderId + ", " + state + "]";
    }
}
