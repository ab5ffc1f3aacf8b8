package io.paybridge.checkout.deposit.messaging;

import io.paybridge.checkout.deposit.persistence.DepositOrder;
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
 * Consumes {@code payments.notifications.v1} for deposits, each record once: the record's id is logged in
 * the same transaction as its effect ({@link ProcessedMessages}). A Trustly pending, credit, debit or cancel
 * for a stored deposit goes through the state machine; one for an order not stored yet is parked. A
 * database failure is retried with back-off and the record is not acknowledged until it is applied.
 */
@ApplicationScoped
public class DepositNotificationConsumer {

    static final String CONSUMER = "checkout-deposit-notifications";
    private static final Logger LOG = Logger.getLogger(DepositNotificationConsumer.class);

    private final ProcessedMessages processed;
    private final ParkedNotifications parked;
    private final DepositNotificationApplier applier;

    public DepositNotificationConsumer(ProcessedMessages processed, ParkedNotifications parked, DepositNotificationApplier applier) {
        this.processed = processed;
        this.parked = parked;
        this.applier = applier;
    }

    @Incoming("deposit-notifications")
    public Uni<Void> consume(SpecificRecord record) {
        if (!(record instanceof PspNotification notification)) {
            LOG.warnf("ignored a %s on the notifications topic", record.getSchema().getFullName());
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed.firstTime(CONSUMER, notification.getEventId())
                        .chain(first -> first && concernsDeposits(notification) ? handle(notification) : Uni.createFrom().voidItem()))
                .onFailure().invoke(failure -> LOG.warnf("notification %s not applied yet, retrying: %s",
                        notification.getNotificationId(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    private static boolean concernsDeposits(PspNotification notification) {
        return notification.getPsp() == Psp.TRUSTLY && DepositNotificationApplier.input(notification.getKind()).isPresent();
    }

    private Uni<Void> handle(PspNotification notification) {
        return parked.lock(notification.getPspOrderId())
                .chain(() -> DepositOrder.<DepositOrder>find("pspOrderId", notification.getPspOrderId()).<DepositOrder>firstResult())
                .chain(order -> order == null ? parked.park(notification) : applier.apply(order, notification));
    }
}
