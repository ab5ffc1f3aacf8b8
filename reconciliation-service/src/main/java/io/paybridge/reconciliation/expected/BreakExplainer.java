package io.paybridge.reconciliation.expected;

import io.paybridge.reconciliation.expected.domain.Movement;
import io.paybridge.reconciliation.run.messaging.BreakEvents;
import io.paybridge.reconciliation.run.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A movement recorded after a run reported its row as UNEXPECTED_IN_REPORT explains that row: the oldest open break
 * of the same order, type, amount and currency is closed (MATCHED_IN_LATER_RUN, no run), the movement is settled by
 * the break's row, and BreakClosed goes to the outbox, all in the caller's transaction.
 */
@ApplicationScoped
public class BreakExplainer {

    private static final String CLOSE = "WITH found AS (SELECT id FROM recon_break"
            + " WHERE closed_at IS NULL AND break_class = 'UNEXPECTED_IN_REPORT'"
            + " AND psp_order_id = $1 AND order_type = $2 AND actual_minor = $3 AND actual_currency = $4"
            + " ORDER BY opened_at, id LIMIT 1 FOR UPDATE)"
            + " UPDATE recon_break b SET closed_at = now(), resolution = 'MATCHED_IN_LATER_RUN', movement_id = $5,"
            + " expected_minor = $3, expected_currency = $4"
            + " FROM found WHERE b.id = found.id RETURNING b.report_id, b.report_row_number, " + BreakEvents.COLUMNS;
    private static final String SETTLE = "INSERT INTO movement_settlement (movement_id, report_id, report_row_number) VALUES ($1, $2, $3)";

    private final EventOutbox outbox;

    public BreakExplainer(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Closes the open break the new movement explains, if any. */
    public Uni<Void> explain(SqlConnection connection, long movementId, Movement movement) {
        Tuple key = Tuple.of(movement.pspOrderId(), movement.orderType().reported(), movement.amountMinor(), movement.currency(),
                movementId);
        return connection.preparedQuery(CLOSE).execute(key).chain(rows -> {
            if (!rows.iterator().hasNext()) {
                return Uni.createFrom().voidItem();
            }
            Row closed = rows.iterator().next();
            EventOutbox.Keyed event = BreakEvents.closed(closed);
            return connection.preparedQuery(SETTLE)
                    .execute(Tuple.of(movementId, closed.getLong("report_id"), closed.getInteger("report_row_number")))
                    .chain(() -> outbox.write(connection, event.key(), event.event()));
        });
    }
}
