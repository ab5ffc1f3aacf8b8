package io.paybridge.reconciliation.run.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Carries breaks across runs, set-based: a missing movement that is now settled or cancelled closes its break
 * (MATCHED_IN_LATER_RUN, this run); each break class in {@code recon_item} opens a break, except a movement whose
 * MISSING_IN_REPORT break is still open; every other open break persists (last seen in this run). The breaks opened
 * and closed are listed in the transaction's {@code recon_news} for their events.
 */
@ApplicationScoped
public class RunBreaks {

    private static final String NEWS = "CREATE TEMP TABLE recon_news (break_id uuid PRIMARY KEY, opened boolean NOT NULL)"
            + " ON COMMIT DROP";

    private static final String CLOSE = "WITH closed AS ("
            + " UPDATE recon_break b SET closed_at = now(), closed_run_id = $1, last_seen_run_id = $1,"
            + "        resolution = 'MATCHED_IN_LATER_RUN'"
            + " FROM expected_movement m"
            + " WHERE b.closed_at IS NULL AND b.break_class = 'MISSING_IN_REPORT' AND m.id = b.movement_id"
            + "   AND (m.cancelled OR EXISTS (SELECT 1 FROM movement_settlement s WHERE s.movement_id = m.id))"
            + " RETURNING b.id)"
            + " INSERT INTO recon_news (break_id, opened) SELECT id, false FROM closed";

    // $1 run, $2 its id as text, $3 the report. A row nobody expected names the payment of another movement on its order
    // when there is one, else the order, else the row
    private static final String OPEN = "WITH opened AS ("
            + " INSERT INTO recon_break (id, break_class, psp_order_id, order_type, payment_reference, correlation_id,"
            + "        expected_minor, expected_currency, actual_minor, actual_currency, movement_id, report_id, report_row_number,"
            + "        opened_run_id, last_seen_run_id)"
            + " SELECT gen_random_uuid(), i.match_class, i.psp_order_id, i.order_type,"
            + "        coalesce(i.payment_reference, known.payment_reference, i.psp_order_id, 'report-' || $3::bigint || '-row-' || i.row_number),"
            + "        coalesce(i.correlation_id, known.correlation_id, $2),"
            + "        i.expected_minor, i.expected_currency, i.actual_minor, i.actual_currency, i.movement_id,"
            + "        CASE WHEN i.row_number IS NOT NULL THEN $3::bigint END, i.row_number, $1, $1"
            + " FROM recon_item i"
            + " LEFT JOIN LATERAL (SELECT x.payment_reference, x.correlation_id FROM expected_movement x"
            + "       WHERE i.payment_reference IS NULL AND x.psp_order_id = i.psp_order_id ORDER BY x.id LIMIT 1) known ON true"
            + " WHERE NOT (i.match_class = 'MISSING_IN_REPORT' AND EXISTS (SELECT 1 FROM recon_break o"
            + "       WHERE o.closed_at IS NULL AND o.break_class = 'MISSING_IN_REPORT' AND o.movement_id = i.movement_id))"
            + " RETURNING id)"
            + " INSERT INTO recon_news (break_id, opened) SELECT id, true FROM opened";

    private static final String PERSIST = "UPDATE recon_break SET last_seen_run_id = $1"
            + " WHERE closed_at IS NULL AND last_seen_run_id <> $1";

    /** Closes, opens and carries the breaks of the run. */
    public Uni<Void> carry(SqlConnection connection, UUID runId, long reportId) {
        Tuple run = Tuple.of(runId);
        return connection.query(NEWS).execute()
                .chain(() -> connection.preparedQuery(CLOSE).execute(run))
                .chain(() -> connection.preparedQuery(OPEN).execute(Tuple.of(runId, runId.toString(), reportId)))
                .chain(() -> connection.preparedQuery(PERSIST).execute(run))
                .replaceWithVoid();
    }
}
