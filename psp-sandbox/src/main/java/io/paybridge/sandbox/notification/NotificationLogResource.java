package io.paybridge.sandbox.notification;

import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /sandbox/notifications?orderid=}: an order's notifications with every delivery attempt, oldest first. */
@Path("/sandbox/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationLogResource {

    @GET
    @WithSession
    public Uni<List<NotificationView>> ofOrder(@QueryParam("orderid") String orderid) {
        long orderId = parse(orderid);
        return SandboxOrder.<SandboxOrder>findById(orderId).flatMap(order -> {
            if (order == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no order " + orderId);
            }
            return Notification.<Notification>list("orderId = ?1 order by createdAt, notificationId", orderId);
        }).flatMap(notifications -> {
            List<Long> ids = notifications.stream().map(n -> n.notificationId).toList();
            Uni<List<DeliveryAttempt>> attempts = ids.isEmpty() ? Uni.createFrom().item(List.of())
                    : DeliveryAttempt.list("notificationId in ?1 order by id", ids);
            return attempts.map(all -> {
                Map<Long, List<DeliveryAttempt>> byNotification = all.stream()
                        .collect(Collectors.groupingBy(a -> a.notificationId));
                return notifications.stream()
                        .map(n -> NotificationView.of(n, byNotification.getOrDefault(n.notificationId, List.of())))
                        .toList();
            });
        });
    }

    private static long parse(String orderid) {
        if (orderid == null || orderid.isBlank()) {
            throw ProblemException.invalid("orderid", "is required");
        }
        try {
            return Long.parseLong(orderid.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("orderid", "must be a Trustly order id (digits)");
        }
    }
}
