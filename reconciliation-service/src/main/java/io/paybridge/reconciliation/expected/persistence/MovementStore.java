package io.paybridge.reconciliation.expected.persistence;

import io.paybridge.reconciliation.expected.domain.Intent;
import io.paybridge.reconciliation.expected.domain.Movement;
import io.paybridge.reconciliation.expected.domain.OrderType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/** {@code expected_movement} and {@code movement_intent} on the caller's connection, inside its transaction. */
@ApplicationScoped
public class MovementStore {

    private static final String INSERT = "INSERT INTO expected_movement (psp_order_id, order_type, movement_ref, fact,"
            + " amount_minor, currency, payment_reference, correlation_id, occurred_at, cancelled)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            + " ON CONFLICT (order_type, movement_ref, fact) DO NOTHING RETURNING id";
    private static final String CANCEL = "UPDATE expected_movement SET cancelled = true"
            + " WHERE order_type = $1 AND movement_ref = $2 AND fact = $3 AND NOT cancelled";
    private static final String MERGE_INTENT = "INSERT INTO movement_intent AS i (order_type, movement_ref, payment_reference,"
            + " correlation_id, amount_minor, currency, psp_order_id, accepted_at, confirmed, failed)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            + " ON CONFLICT (order_type, movement_ref) DO UPDATE SET"
            + " amount_minor = coalesce(i.amount_minor, EXCLUDED.amount_minor),"
            + " currency = coalesce(i.currency, EXCLUDED.currency),"
            + " psp_order_id = coalesce(i.psp_order_id, EXCLUDED.psp_order_id),"
            + " accepted_at = coalesce(i.accepted_at, EXCLUDED.accepted_at),"
            + " confirmed = i.confirmed OR EXCLUDED.confirmed,"
            + " failed = i.failed OR EXCLUDED.failed"
            + " RETURNING order_type, movement_ref, payment_reference, correlation_id, amount_minor, currency, psp_order_id,"
            + " accepted_at, confirmed, failed";

    /** Stores the movement; empty when it was stored before (the same fact twice is one movement). */
    public Uni<Optional<Long>> insert(SqlConnection connection, Movement movement) {
        Tuple values = Tuple.tuple()
                .addString(movement.pspOrderId())
                .addString(movement.orderType().reported())
                .addString(movement.movementRef())
                .addString(movement.fact())
                .addLong(movement.amountMinor())
                .addString(movement.currency())
                .addString(movement.paymentReference())
                .addString(movement.correlationId())
                .addOffsetDateTime(utc(movement.occurredAt()))
                .addBoolean(movement.cancelled());
        return connection.preparedQuery(INSERT).execute(values).map(MovementStore::firstId);
    }

    /** Marks the movement cancelled (it will never settle); true when it existed and was not cancelled yet. */
    public Uni<Boolean> cancel(SqlConnection connection, OrderType type, String movementRef, String fact) {
        return connection.preparedQuery(CANCEL).execute(Tuple.of(type.reported(), movementRef, fact))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * Merges what one event tells about a refund or payout into its intent (known values are kept, flags only turn
     * on) and answers the intent as it stands now.
     */
    public Uni<Intent> merge(SqlConnection connection, Intent told) {
        Tuple values = Tuple.tuple()
                .addString(told.orderType().reported())
                .addString(told.movementRef())
                .addString(told.paymentReference())
                .addString(told.correlationId())
                .addLong(told.amountMinor())
                .addString(told.currency())
                .addString(told.pspOrderId())
                .addOffsetDateTime(told.acceptedAt() == null ? null : utc(told.acceptedAt()))
                .addBoolean(told.confirmed())
                .addBoolean(told.failed());
        return connection.preparedQuery(MERGE_INTENT).execute(values).map(rows -> intent(rows.iterator().next()));
    }

    private static Intent intent(Row row) {
        OffsetDateTime accepted = row.getOffsetDateTime("accepted_at");
        String type = row.getString("order_type");
        OrderType orderType = Arrays.stream(OrderType.values()).filter(candidate -> candidate.reported().equals(type))
                .findFirst().orElseThrow();
        return new Intent(orderType, row.getString("movement_ref"), row.getString("payment_reference"),
                row.getString("correlation_id"), row.getLong("amount_minor"), row.getString("currency"),
                row.getString("psp_order_id"), accepted == null ? null : accepted.toInstant(), row.getBoolean("confirmed"),
                row.getBoolean("failed"));
    }

    private static Optional<Long> firstId(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getLong("id")) : Optional.empty();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
