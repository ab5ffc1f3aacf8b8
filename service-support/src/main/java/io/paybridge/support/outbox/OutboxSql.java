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
 */
public final class OutboxSql {

    private static final String COLUMNS = "event_id, topic, message_key, event_type, payload, headers, created_at";
    private static final int COLUMN_COUNT = 7;

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
