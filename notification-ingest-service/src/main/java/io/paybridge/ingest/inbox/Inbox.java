package io.paybridge.ingest.inbox;

import io.paybridge.contracts.Topics;
import io.paybridge.support.outbox.OutboxMessage;
import io.paybridge.support.outbox.OutboxSql;
import io.paybridge.support.outbox.OutboxWakeUp;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
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

    /**
     * The inbox row and, only if it was inserted, the outbox row: one statement, so one round trip and one
     * implicit transaction. Its row count is 1 the first time and 0 for a repeat. Its commit does not NOTIFY; a
     * stored notification wakes the relay in-process ({@link OutboxWakeUp#committed()}).
     */
    private static final String INSERT = "WITH stored AS (INSERT INTO inbox_notification"
            + " (id, psp, notification_id, method, psp_order_id, reply_status, raw_body, body_sha256)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (psp, notification_id) DO NOTHING RETURNING id) "
            + OutboxSql.insertUnnotifiedFrom("stored", 9);
    private static final String STORED = "SELECT id, reply_status FROM inbox_notification"
            + " WHERE psp = $1 AND notification_id = $2";

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final Pool pool;
    private final OutboxWriter outbox;
    private final OutboxWakeUp relayWakeUp;

    public Inbox(Pool pool, OutboxWriter outbox, OutboxWakeUp relayWakeUp) {
        this.pool = pool;
        this.outbox = outbox;
        this.relayWakeUp = relayWakeUp;
    }

    /**
     * Stores the callback and, the first time only, the record {@code event} builds from its inbox id,
     * for {@code payments.notifications.v1}. Completes once committed: only then may it be acknowledged. Fails with
     * {@link StorageUnavailableException} when it could not be stored.
     */
    public Uni<StoreOutcome> store(NewNotification notification, Function<UUID, ? extends SpecificRecord> event) {
        UUID id = UUID.randomUUID();
        OutboxMessage message = outbox.encode(Topics.NOTIFICATIONS, notification.key(), event.apply(id));
        Tuple values = Tuple.tuple()
                .addUUID(id)
                .addString(notification.psp().name())
                .addString(notification.notificationId())
                .addString(notification.method())
                .addString(notification.pspOrderId())
                .addString(notification.replyStatus())
                .addValue(Buffer.buffer(notification.rawBody()))
                .addString(notification.bodySha256());
        return pool.preparedQuery(INSERT).execute(OutboxSql.append(values, message))
                .flatMap(inserted -> {
                    if (inserted.rowCount() == 1) {
                        relayWakeUp.committed();
                        return Uni.createFrom().item(new StoreOutcome(id, notification.replyStatus(), true));
                    }
                    return stored(notification);
                })
                .onFailure().transform(failure -> {
                    LOG.warnf("%s not stored, answered 503: %s", notification, failure.toString());
                    return new StorageUnavailableException();
                });
    }

    /**
     * The row stored for a notification id, if any, as a repeat is answered from it. Fails with
     * {@link StorageUnavailableException} when the inbox cannot be read.
     */
    public Uni<Optional<StoreOutcome>> stored(Psp psp, String notificationId) {
        return read(psp, notificationId)
                .onFailure().transform(failure -> {
                    LOG.warnf("the inbox could not be read for %s notification %s, answered 503: %s", psp.tag(),
                            notificationId, failure.toString());
                    return new StorageUnavailableException();
                });
    }

    /** The row a first copy stored: a concurrent copy's INSERT waited for that copy's commit, so it is visible now. */
    private Uni<StoreOutcome> stored(NewNotification notification) {
        return read(notification.psp(), notification.notificationId()).map(Optional::orElseThrow);
    }

    private Uni<Optional<StoreOutcome>> read(Psp psp, String notificationId) {
        return pool.preparedQuery(STORED).execute(Tuple.of(psp.name(), notificationId))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new StoreOutcome(row.getUUID("id"), row.getString("reply_status"), false));
                });
    }
}
