package io.paybridge.sandbox.notification;

import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.sandbox.merchant.Merchants;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Claims due notifications for this instance: {@code FOR UPDATE SKIP LOCKED}, so replicas share the
 * work, then leases each (due again after the lease – k leases for an order's k-th, as an order's
 * notifications go out in turn – and attempts + 1) and commits before any HTTP call,
 * so no transaction stays open while a merchant is slow. An instance that dies mid-delivery leaves
 * the lease to run out and another instance tries again (at least once, like Trustly).
 */
@ApplicationScoped
public class NotificationClaims {

    private static final String DUE = "select notification_id from psp_sandbox.notification"
            + " where state = 'PENDING' and due_at <= ?1 order by due_at, notification_id limit ?2 for update skip locked";

    /** A leased notification, the attempt number it is leased for and the merchant's reply verifier. */
    record Claimed(Notification notification, int attemptNo, SignatureVerifier merchantKey) {
    }

    private final Merchants merchants;
    private final Duration lease;

    public NotificationClaims(Merchants merchants, NotificationConfig config) {
        this.merchants = merchants;
        this.lease = config.lease();
    }

    /** Leases up to {@code limit} notifications due at {@code cutoff}, in due order. */
    Uni<List<Claimed>> claim(int limit, Instant cutoff) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(DUE, Long.class)
                        .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                        .setParameter(2, limit)
                        .getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Claimed>of()) : lease(ids)));
    }

    private Uni<List<Claimed>> lease(List<Long> ids) {
        Instant now = Instant.now();
        return Notification.<Notification>list("notificationId in ?1 order by dueAt, notificationId", ids).flatMap(notifications -> {
            // an order's notifications go out one after the other, so the k-th waits for k-1 before it: k leases
            Map<Long, Integer> inTurn = new HashMap<>();
            notifications.forEach(notification -> {
                notification.attempts++;
                notification.dueAt = now.plus(lease.multipliedBy(inTurn.merge(notification.orderId, 1, Integer::sum)));
            });
            List<String> usernames = notifications.stream().map(n -> n.merchantUsername).distinct().toList();
            return Merchant.<Merchant>list("username in ?1", usernames).map(found -> {
                Map<String, SignatureVerifier> keys = found.stream()
                        .collect(Collectors.toMap(m -> m.username, merchants::verifierOf));
                return notifications.stream().map(n -> new Claimed(n, n.attempts, keys.get(n.merchantUsername))).toList();
            });
        });
    }
}
