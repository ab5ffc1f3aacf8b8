package io.paybridge.ingest.inbox;

import io.paybridge.contracts.Topics;
import io.paybridge.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.jboss.logging.Logger;

/**
 * The inbox: stores each verified callback once per (PSP, notification id) together with the record
 * that publishes it, in one transaction. A repeat, or a concurrent copy, finds the stored row and
 * its reply status instead of adding a second effect: the unique constraint makes a concurrent
 * insert wait for the first transaction and then do nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = "INSERT INTO inbox_notification"
            + " (id, psp, notification_id, method, psp_order_id, reply_status, raw_body, body_sha256)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (psp, notification_id) DO NOTHING";
    private static final String STORED = "SELECT id, reply_status FROM inbox_notification"
            + " WHERE psp = ?1 AND notification_id = ?2";

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final OutboxWriter outbox;

    public Inbox(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /**
     * Stores the callback and, the first time only, the record {@code event} builds from its inbox id,
     * for {@code payments.notifications.v1}. Completes once committed: only then may it be acknowledged. Fails with
     * {@link StorageUnavailableException} when it could not be stored.
     */
    public Uni<StoreOutcome> store(NewNotification notification, Function<UUID, ? extends SpecificRecord> event) {
        UUID id = UUID.randomUUID();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, notification.psp().name())
                .setParameter(3, notification.notificationId())
                .setParameter(4, notification.method())
                .setParameter(5, notification.pspOrderId())
                .setParameter(6, notification.replyStatus())
                .setParameter(7, notification.rawBody())
                .setParameter(8, notification.bodySha256())
                .executeUpdate()
                .flatMap(inserted -> inserted == 1
                        ? outbox.write(Topics.NOTIFICATIONS, notification.key(), event.apply(id))
                                .replaceWith(new StoreOutcome(id, notification.replyStatus(), true))
                        : session.createNativeQuery(STORED, Object[].class)
                                .setParameter(1, notification.psp().name())
                                .setParameter(2, notification.notificationId())
                                .getSingleResult()
                                .map(row -> new StoreOutcome((UUID) row[0], (String) row[1], false)))))
                .onFailure().transform(failure -> {
                    LOG.warnf("%s not stored, answered 503: %s", notification, failure.toString());
                    return new StorageUnavailableException();
                });
    }
}
