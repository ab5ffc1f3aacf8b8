package io.paybridge.support.outbox;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An encoded outbox row ({@link OutboxWriter#encode}) as SQL, for a hot path that stores its own row
 * and the event in one statement: one round trip and one implicit transaction instead of a session, a
 * BEGIN, two INSERTs and a COMMIT. Example, with the caller's row in a data-modifying CTE:
 *
 * <pre>{@code
 * WITH stored AS (INSERT INTO inbox ... ON CONFLICT DO NOTHING RETURNING id)
 * }</pre>
 * followed by {@code insertFrom("stored", 9)}: the event is written exactly when the caller's row is.
 *
 * <p>Such a commit notifies the relay like any other. With {@link #insertUnnotifiedFrom} it does not (migration
 * V2026_11_21_96), and the caller announces it in-process with {@link OutboxWakeUp#committed()} once it committed:
 * a commit that notifies holds PostgreSQL's server-wide NOTIFY lock until its commit record is flushed, which a path
 * of a thousand commits a second cannot afford. Events of a commit nobody announced are published all the same, at
 * the relay's next poll.
 */
public final class OutboxSql {

    private static final String COLUMNS = "event_id, topic, message_key, event_type, payload, headers, created_at";
    private static final int COLUMN_COUNT = 7;
    /** True, and the transaction's outbox rows do not notify: the trigger's condition reads the setting. */
    private static final String WITHOUT_NOTIFY = " WHERE set_config('paybridge.outbox_notify', 'off', true) = 'off'";

    private OutboxSql() {
    }

    /**
     * {@code INSERT INTO outbox_message (...) SELECT $first, ..., $(first+6) FROM source}: one outbox row per
     * row of {@code source}, with the message's values bound from parameter {@code first} on ({@link #append}).
     */
    public static String insertFrom(String source, int first) {
        StringBuilder sql = new StringBuilder("INSERT INTO outbox_message (").append(COLUMNS).append(") SELECT ");
        for (int i = 0; i < COLUMN_COUNT; i++) {
            sql.append(i == 0 ? "" : ", ").append('$').append(first + i);
        }
        return sql.append(" FROM ").append(source).toString();
    }

    /**
     * {@link #insertFrom}, and the transaction's commit does not notify: before each row is inserted, the condition
     * sets {@code paybridge.outbox_notify} to {@code off} for the rest of the transaction, which the outbox trigger
     * reads. The caller calls {@link OutboxWakeUp#committed()} after the commit.
     */
    public static String insertUnnotifiedFrom(String source, int first) {
        return insertFrom(source, first) + WITHOUT_NOTIFY;
    }

    /** Appends the message's values to {@code tuple}, in the order {@link #insertFrom} binds them. */
    public static Tuple append(Tuple tuple, OutboxMessage message) {
        return tuple.addUUID(message.eventId)
                .addString(message.topic)
                .addString(message.messageKey)
                .addString(message.eventType)
                .addValue(Buffer.buffer(message.payload))
                .addString(message.headers)
                .addOffsetDateTime(OffsetDateTime.ofInstant(message.createdAt, ZoneOffset.UTC));
    }
}
