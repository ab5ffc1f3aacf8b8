package io.paybridge.checkout.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Records a mandate's or charge's notification that the state machine did not apply (late, repeated or impossible). */
@ApplicationScoped
public class NotificationAnomalies {

    private static final String INSERT = "INSERT INTO order_anomaly (order_kind, order_id, notification_id, input, status_then, detail)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

    /** Records it inside the caller's transaction. */
    public Uni<Void> record(String orderKind, String orderId, String notificationId, String input, String statusThen,
            String detail) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter(1, orderKind).setParameter(2, orderId).setParameter(3, notificationId)
                .setParameter(4, input).setParameter(5, statusThen).setParameter(6, detail)
                .executeUpdate()).replaceWithVoid();
    }
}
