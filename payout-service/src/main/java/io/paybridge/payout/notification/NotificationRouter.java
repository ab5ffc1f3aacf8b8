package io.paybridge.payout.notification;

import io.paybridge.contracts.payments.v1.PspNotification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Offers a PSP notification to each {@link NotificationHandler} that takes its kind, in the caller's transaction,
 * until one applies it. A notification no handler takes is another service's (checkout's deposits share the topic)
 * and is left alone.
 */
@ApplicationScoped
public class NotificationRouter {

    private static final Logger LOG = Logger.getLogger(NotificationRouter.class);

    private final List<NotificationHandler> handlers;

    public NotificationRouter(Instance<NotificationHandler> handlers) {
        this.handlers = handlers.stream().toList();
    }

    /** Whether any handler takes notifications of this kind at all. */
    public boolean routed(PspNotification notification) {
        return handlers.stream().anyMatch(handler -> handler.kinds().contains(notification.getKind()));
    }

    /** Applies {@code notification} with the first handler that takes it. */
    public Uni<Void> route(PspNotification notification) {
        return offer(notification, 0);
    }

    private Uni<Void> offer(PspNotification notification, int index) {
        if (index == handlers.size()) {
            LOG.debugf("notification %s (%s, PSP order %s) concerns no payout order", notification.getNotificationId(),
                    notification.getKind(), notification.getPspOrderId());
            return Uni.createFrom().voidItem();
        }
        NotificationHandler handler = handlers.get(index);
        if (!handler.kinds().contains(notification.getKind())) {
            return offer(notification, index + 1);
        }
        return handler.apply(notification)
                .chain(applied -> applied ? Uni.createFrom().voidItem() : offer(notification, index + 1));
    }
}
