package io.paybridge.support.outbox;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
 *
 * <p>A path that stores many rows in one statement binds the messages as arrays instead ({@link #arrayParameters},
 * {@link #appendArrays}), unnests them beside its own columns and inserts with {@link #insertUnnotifiedSelecting}.
 */
public final class OutboxSql {

    /** The outbox's columns, in the order every method here binds them. */
    public static final String COLUMNS = "event_id, topic, message_key, event_type, payload, headers, created_at";
    private static final String[] ARRAY_TYPES = {"uuid[]", "text[]", "text[]", "text[]", "bytea[]", "text[]",
        "timestamptz[]"};
    private static final int COLUMN_COUNT = ARRAY_TYPES.length;
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

    /**
     * {@code $first::uuid[], ..., $(first+6)::timestamptz[]}: the {@link #COLUMNS} of many messages as arrays, for
     * {@code unnest(...)}; bound by {@link #appendArrays}.
     */
    public static String arrayParameters(int first) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < COLUMN_COUNT; i++) {
            sql.append(i == 0 ? "" : ", ").append('$').append(first + i).append("::").append(ARRAY_TYPES[i]);
        }
        return sql.toString();
    }

    /**
     * {@code INSERT INTO outbox_message (...) SELECT <COLUMNS> FROM source}, unnotified as {@link #insertUnnotifiedFrom}:
     * one outbox row per row of {@code source}, which has the {@link #COLUMNS} by name.
     */
    public static String insertUnnotifiedSelecting(String source) {
        return "INSERT INTO outbox_message (" + COLUMNS + ") SELECT " + COLUMNS + " FROM " + source + WITHOUT_NOTIFY;
    }

    /** Appends the messages' values to {@code tuple} as one array per column, in the order of {@link #arrayParameters}. */
    public static Tuple appendArrays(Tuple tuple, List<OutboxMessage> messages) {
        int n = messages.size();
        UUID[] eventIds = new UUID[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        Buffer[] payloads = new Buffer[n];
        String[] headers = new String[n];
        OffsetDateTime[] created = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            OutboxMessage message = messages.get(i);
            eventIds[i] = message.eventId;
            topics[i] = message.topic;
            keys[i] = message.messageKey;
            types[i] = message.eventType;
            payloads[i] = Buffer.buffer(message.payload);
            headers[i] = message.headers;
            created[i] = OffsetDateTime.ofInstant(message.createdAt, ZoneOffset.UTC);
        }
        return tuple.addArrayOfUUID(eventIds).addArrayOfString(topics).addArrayOfString(keys).addArrayOfString(types)
                .addValue(payloads).addArrayOfString(headers).addArrayOfOffsetDateTime(created);
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
