package io.paybridge.sandbox.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Writes what an attempt gave, in one transaction: the attempt rows of the delivery log, and – if
 * this instance still holds the lease – the notification's next state (delivered, retried later
 * with a growing wait, or given up) together with the consequences of the answer.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class);

    private final Backoff backoff;
    private final Instance<DeliveryListener> listeners;

    public DeliveryRecorder(NotificationConfig config, Instance<DeliveryListener> listeners) {
        this.backoff = new Backoff(config.retry());
        this.listeners = listeners;
    }

    /** Records the copies of attempt {@code attemptNo}; returns true when the notification is now delivered. */
    Uni<Boolean> record(long notificationId, int attemptNo, List<Copied> copies) {
        return Panache.withTransaction(() -> Notification.<Notification>findById(notificationId, LockModeType.PESSIMISTIC_WRITE)
                .call(notification -> Panache.getSession().flatMap(session -> session.persistAll(copies.stream()
                        .map(copied -> DeliveryAttempt.of(notificationId, attemptNo, copied.copy(), copied.outcome()))
                        .toArray())))
                .flatMap(notification -> {
                    if (notification.state != Notification.State.PENDING || notification.attempts != attemptNo) {
                        // the lease ran out and another attempt took over; only the log row counts
                        return Uni.createFrom().item(false);
                    }
                    DeliveryOutcome answer = copies.stream().map(Copied::outcome).filter(DeliveryOutcome::accepted)
                            .findFirst().orElse(null);
                    return answer == null ? retryOrGiveUp(notification, copies.get(0).outcome()) : delivered(notification, answer);
                }));
    }

    /** Records a copy sent again after delivery; it changes nothing else. */
    Uni<Void> recordDuplicate(long notificationId, int attemptNo, DeliveryOutcome outcome) {
        return Panache.withTransaction(() -> DeliveryAttempt.of(notificationId, attemptNo, DeliveryAttempt.Copy.DUPLICATE, outcome)
                .persist()).replaceWithVoid();
    }

    private Uni<Boolean> delivered(Notification notification, DeliveryOutcome answer) {
        notification.state = Notification.State.DELIVERED;
        notification.replyStatus = answer.replyStatus();
        notification.deliveredAt = answer.at();
        LOG.debugf("notification %d (%s, order %d) delivered at attempt %d: %s", notification.notificationId,
                notification.method, notification.orderId, notification.attempts, answer.replyStatus());
        Uni<Void> consequences = Uni.createFrom().voidItem();
        for (DeliveryListener listener : listeners) {
            consequences = consequences.call(() -> listener.delivered(notification, answer.replyStatus()));
        }
        return consequences.replaceWith(true);
    }

    private Uni<Boolean> retryOrGiveUp(Notification notification, DeliveryOutcome failure) {
        Instant now = Instant.now();
        if (backoff.givesUp(notification.attempts, notification.createdAt, now)) {
            notification.state = Notification.State.GAVE_UP;
            LOG.warnf("gave up notification %d (%s, order %d) after %d attempts; last: %s", notification.notificationId,
                    notification.method, notification.orderId, notification.attempts, failure.rejection());
        } else {
            notification.dueAt = now.plus(backoff.delayAfter(notification.attempts));
            LOG.debugf("notification %d (%s, order %d) attempt %d not accepted (%s); next at %s", notification.notificationId,
                    notification.method, notification.orderId, notification.attempts, failure.rejection(), notification.dueAt);
        }
        return Uni.createFrom().item(false);
    }

    /** One copy of an attempt and its outcome. */
    record Copied(DeliveryAttempt.Copy copy, DeliveryOutcome outcome) {
    }
}
