package io.paybridge.sandbox.notification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One HTTP attempt to deliver a notification and what came of it: the delivery log. */
@Entity
@Table(name = "notification_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    /** Which copy of the attempt this was. */
    public enum Copy {
        /** The attempt itself. */
        FIRST,
        /** A second copy sent at the same instant (fault concurrentDuplicates). */
        CONCURRENT,
        /** Sent again after delivery, same notificationid (fault duplicate). */
        DUPLICATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "notification_id", nullable = false)
    public Long notificationId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Copy copy;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "http_status")
    public Integer httpStatus;

    /** Connection refused, timeout...: why no HTTP answer came. */
    @Column(name = "transport_error")
    public String transportError;

    /** {@code result.data.status} of the reply, when it had one. */
    @Column(name = "reply_status")
    public String replyStatus;

    /** Whether the reply's signature verified with the merchant's key; null when there was nothing to verify. */
    @Column(name = "reply_verified")
    public Boolean replyVerified;

    /** Whether the reply ends delivery. */
    @Column(nullable = false)
    public boolean accepted;

    /** Why the reply did not end delivery. */
    @Column
    public String rejection;

    /** The log row of {@code outcome}, the {@code copy} of attempt {@code attemptNo} of a notification. */
    static DeliveryAttempt of(long notificationId, int attemptNo, Copy copy, DeliveryOutcome outcome) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.notificationId = notificationId;
        attempt.attemptNo = attemptNo;
        attempt.copy = copy;
        attempt.attemptedAt = outcome.at();
        attempt.httpStatus = outcome.httpStatus();
        attempt.transportError = outcome.transportError();
        attempt.replyStatus = outcome.replyStatus();
        attempt.replyVerified = outcome.replyVerified();
        attempt.accepted = outcome.accepted();
        attempt.rejection = outcome.rejection();
        return attempt;
    }
}
