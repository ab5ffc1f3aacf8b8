package io.paybridge.payout.notification;

import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.consumer.ProcessedMessages;
import io.paybridge.support.consumer.RecordPayloads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code payments.notifications.v1} for payout's orders, each record once: the record's id is logged in the
 * same transaction as its effect ({@link ProcessedMessages}), and the {@link NotificationRouter} applies it. Records
 * of kinds no payout order takes are skipped without a trace. A database failure is retried with back-off and the
 * record is not acknowledged until it is applied.
 */
@ApplicationScoped
public class PspNotificationConsumer {

    static final String CONSUMER = "payout-notifications";
    private static final Logger LOG = Logger.getLogger(PspNotificationConsumer.class);

    private final ProcessedMessages processed;
    private final NotificationRouter router;

    public PspNotificationConsumer(ProcessedMessages processed, NotificationRouter router) {
        this.processed = processed;
        this.router = router;
    }

    /**
     * Applies one record. A value that is not a readable {@code PspNotification} fails at once and goes to the
     * dead-letter topic with its bytes as they were; a failure while applying is retried, never dead-lettered.
     */
    @Incoming("psp-notifications")
    public Uni<Void> consume(byte[] payload) {
        PspNotification notification;
        try {
            notification = notification(payload);
        } catch (RuntimeException unreadable) {
            LOG.warnf("a record on the notifications topic cannot be applied, sent to the dead-letter topic: %s",
                    unreadable.getMessage());
            return Uni.createFrom().failure(unreadable);
        }
        if (notification.getPsp() != Psp.TRUSTLY || !router.routed(notification)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed.firstTime(CONSUMER, notification.getEventId())
                        .chain(first -> first ? router.route(notification) : Uni.createFrom().voidItem()))
                .onFailure().invoke(failure -> LOG.warnf("notification %s not applied yet, retrying: %s",
                        notification.getNotificationId(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    private static PspNotification notification(byte[] payload) {
        SpecificRecord record = RecordPayloads.decode(payload);
        if (!(record instanceof PspNotification notification)) {
            throw new IllegalArgumentException("a " + record.getSchema().getFullName() + " is not a PspNotification");
        }
        return notification;
    }
}
