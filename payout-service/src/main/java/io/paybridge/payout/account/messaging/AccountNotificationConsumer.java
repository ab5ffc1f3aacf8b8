package io.paybridge.payout.account.messaging;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.Psp;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.account.persistence.KnownAccounts;
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
 * Learns the accounts payouts may go to from {@code payments.notifications.v1}, on a channel of its own (it must see
 * every notification that names an end user, whichever order-applying handler takes it): an account notification
 * stores its account, each record once ({@link ProcessedMessages}); any other notification naming an end user
 * attributes its PSP order's accounts to them. Nothing here is logged beyond ids. A record that cannot be read is
 * skipped here: the order channel ({@code psp-notifications}) dead-letters it.
 */
@ApplicationScoped
public class AccountNotificationConsumer {

    static final String CONSUMER = "payout-accounts";
    private static final Logger LOG = Logger.getLogger(AccountNotificationConsumer.class);

    private final ProcessedMessages processed;
    private final KnownAccounts accounts;

    public AccountNotificationConsumer(ProcessedMessages processed, KnownAccounts accounts) {
        this.processed = processed;
        this.accounts = accounts;
    }

    @Incoming("account-notifications")
    public Uni<Void> consume(byte[] payload) {
        PspNotification notification;
        try {
            SpecificRecord record = RecordPayloads.decode(payload);
            if (!(record instanceof PspNotification read)) {
                return Uni.createFrom().voidItem();
            }
            notification = read;
        } catch (RecordPayloads.UnreadableRecordException unreadable) {
            return Uni.createFrom().voidItem();
        }
        if (notification.getPsp() != Psp.TRUSTLY || notification.getPspOrderId().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> apply;
        if (notification.getKind() == NotificationKind.ACCOUNT && notification.getAccount() != null) {
            apply = Panache.withTransaction(() -> processed.firstTime(CONSUMER, notification.getEventId())
                    .chain(first -> first ? accounts.reported(notification.getPspOrderId(), notification.getAccount(),
                            notification.getEndUserId(), notification.getNotificationId(), notification.getReceivedAt())
                            : Uni.createFrom().voidItem()));
        } else if (notification.getEndUserId() != null && !notification.getEndUserId().isBlank()) {
            // idempotent as it is (the first end user of an order stays): no processed-message row per notification
            apply = Panache.withTransaction(() -> accounts.endUserOf(notification.getPspOrderId(),
                    notification.getEndUserId(), notification.getReceivedAt()));
        } else {
            return Uni.createFrom().voidItem();
        }
        return apply
                .onFailure().invoke(failure -> LOG.warnf("notification %s not applied to known accounts yet, retrying: %s",
                        notification.getNotificationId(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
