package io.paybridge.checkout.notification;

import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.consumer.ProcessedMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code payments.notifications.v1} for every checkout order (deposits, mandates, charges), each record
 * once: the record's id is logged in the same transaction as its effect ({@link ProcessedMessages}), and the
 * {@link NotificationRouter} applies it to its order or parks it. A database failure is retried with back-off
 * and the record is not acknowledged until it is applied.
 */
@ApplicationScoped
public class PspNotificationConsumer {

    /** The processed-message log's name; kept from when only deposits consumed, so no record is applied twice across the upgrade. */
    static final String CONSUMER = "checkout-deposit-notifications";
    private static final Logger LOG = Logger.getLogger(PspNotificationConsumer.class);

    private final ProcessedMessages processed;
    private final NotificationRouter router;

    public PspNotificationConsumer(ProcessedMessages processed, NotificationRouter router) {
        this.processed = processed;
        this.router = router;
    }

    @Incoming("psp-notifications")
    public Uni<Void> consume(SpecificRecord record) {
        if (!(record instanceof PspNotification notification)) {
            LOG.warnf("ignored a %s on the notifications topic", record.getSchema().getFullName());
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed.firstTime(CONSUMER, notification.getEventId())
                        .chain(first -> first && concernsCheckout(notification) ? router.route(notification)
                                : Uni.createFrom().voidItem()))
                .onFailure().invoke(failure -> LOG.warnf("notification %s not applied yet, retrying: %s",
                        notification.getNotificationId(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    private static boolean concernsCheckout(PspNotification notification) {
        return notification.getPsp() == Psp.TRUSTLY && NotificationRouter.routed(notification);
    }
}
