package io.paybridge.reconciliation.run.messaging;

import io.paybridge.contracts.Topics;
import io.paybridge.support.outbox.OutboxSql;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes {@code payments.reconciliation.v1} events into the outbox on the caller's connection, inside its
 * transaction (service-support's {@link OutboxSql}): they exist exactly when the run or the break they report commits.
 */
@ApplicationScoped
public class EventOutbox {

    private static final String INSERT = OutboxSql.insertFrom("(SELECT 1) AS one", 1);

    private final OutboxWriter writer;

    public EventOutbox(OutboxWriter writer) {
        this.writer = writer;
    }

    /** An event to write and its Kafka key. */
    public record Keyed(String key, SpecificRecord event) {
    }

    /** Writes one event. */
    public Uni<Void> write(SqlConnection connection, String key, SpecificRecord event) {
        return connection.preparedQuery(INSERT).execute(tuple(key, event)).replaceWithVoid();
    }

    /** Writes the events in one pipelined batch (one round trip). */
    public Uni<Void> writeAll(SqlConnection connection, List<Keyed> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(INSERT)
                .executeBatch(events.stream().map(keyed -> tuple(keyed.key(), keyed.event())).toList())
                .replaceWithVoid();
    }

    private Tuple tuple(String key, SpecificRecord event) {
        return OutboxSql.append(Tuple.tuple(), writer.encode(Topics.RECONCILIATION, key, event));
    }
}
