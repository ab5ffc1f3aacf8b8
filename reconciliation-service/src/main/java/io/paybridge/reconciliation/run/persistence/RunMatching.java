package io.paybridge.reconciliation.run.persistence;

import io.paybridge.reconciliation.run.domain.Legs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Classifies a report's rows and the expected movements, set-based, into the transaction's temporary tables:
 * {@code recon_exact} (the exact pairs, rows and movements left over) and {@code recon_item} (the rest, each with its
 * break class: mismatched pairs, unexpected or duplicate rows, missing movements); a pair in {@code recon_exact} with
 * both ids is MATCHED. Every pair settles its movement ({@code movement_settlement}). Nothing is read into the JVM:
 * window functions number the rows and movements of each (order, type, amount, currency) so that equal ranks pair,
 * then the leftovers of each (order, type) pair up in order.
 */
@ApplicationScoped
public class RunMatching {

    /**
     * Per sort or hash of the run; PostgreSQL spills to disk beyond it, so memory stays bounded whatever the report's
     * size. 128MB sorts a million rows or movements in memory (quicksort instead of an external merge).
     */
    private static final String WORK_MEM = "SET LOCAL work_mem = '128MB'";

    // only what pairing needs goes through the sorts: a movement's payment and correlation are read for leftovers only
    private static final String EXACT_TABLE = "CREATE TEMP TABLE recon_exact (row_number int, movement_id bigint,"
            + " psp_order_id text COLLATE \"C\", order_type text COLLATE \"C\", actual_minor bigint, actual_currency char(3), expected_minor bigint,"
            + " expected_currency char(3), cancelled boolean, occurred_at timestamptz) ON COMMIT DROP";
    private static final String ITEM_TABLE = "CREATE TEMP TABLE recon_item (match_class text NOT NULL, row_number int,"
            + " movement_id bigint, psp_order_id text COLLATE \"C\", order_type text COLLATE \"C\", actual_minor bigint, actual_currency char(3),"
            + " expected_minor bigint, expected_currency char(3), payment_reference text, correlation_id text) ON COMMIT DROP";

    // $1 report id. The unsettled movements: every uncancelled one (those on orders the report does not name and not yet
    // due fall out as leftovers younger than the cutoff, see ITEMS), and a cancelled one only on an order the report names
    // (it may still pair exactly; elsewhere it never matters, and cancelled movements are the ones that accumulate)
    private static final String EXACT = "INSERT INTO recon_exact"
            + " WITH r AS ("
            + "   SELECT row_number, psp_order_id, order_type, amount_minor, currency,"
            + "          row_number() OVER (PARTITION BY psp_order_id, order_type, amount_minor, currency ORDER BY row_number) AS k"
            + "   FROM report_row WHERE report_id = $1 AND NOT " + Legs.IS_LEG
            + " ), e AS ("
            + "   SELECT m.id, m.psp_order_id, m.order_type, m.amount_minor, m.currency, m.cancelled, m.occurred_at,"
            + "          row_number() OVER (PARTITION BY m.psp_order_id, m.order_type, m.amount_minor, m.currency"
            + "                             ORDER BY m.cancelled, m.occurred_at, m.id) AS k"
            + "   FROM expected_movement m"
            + "   WHERE NOT EXISTS (SELECT 1 FROM movement_settlement s WHERE s.movement_id = m.id)"
            + "     AND (NOT m.cancelled OR EXISTS (SELECT 1 FROM report_row x"
            + "          WHERE x.report_id = $1 AND x.psp_order_id = m.psp_order_id AND x.order_type = m.order_type))"
            + " )"
            + " SELECT r.row_number, e.id AS movement_id,"
            + "        coalesce(r.psp_order_id, e.psp_order_id) AS psp_order_id, coalesce(r.order_type, e.order_type) AS order_type,"
            + "        r.amount_minor AS actual_minor, r.currency AS actual_currency,"
            + "        e.amount_minor AS expected_minor, e.currency AS expected_currency,"
            + "        e.cancelled, e.occurred_at"
            + " FROM r FULL JOIN e ON r.psp_order_id = e.psp_order_id AND r.order_type = e.order_type"
            + "   AND r.amount_minor = e.amount_minor AND r.currency = e.currency AND r.k = e.k";

    // $1 cutoff: leftovers of each (order, type) pair up in order; the rest are unexpected rows or missing movements
    private static final String ITEMS = "INSERT INTO recon_item"
            + " SELECT CASE WHEN lr.row_number IS NOT NULL AND le.movement_id IS NOT NULL THEN"
            + "          CASE WHEN lr.actual_currency <> le.expected_currency THEN 'CURRENCY_MISMATCH' ELSE 'AMOUNT_MISMATCH' END"
            + "        WHEN lr.row_number IS NOT NULL THEN 'UNEXPECTED_IN_REPORT' ELSE 'MISSING_IN_REPORT' END,"
            + "        lr.row_number, le.movement_id, coalesce(lr.psp_order_id, le.psp_order_id), coalesce(lr.order_type, le.order_type),"
            + "        lr.actual_minor, lr.actual_currency, le.expected_minor, le.expected_currency,"
            + "        le.payment_reference, le.correlation_id"
            + " FROM (SELECT row_number, psp_order_id, order_type, actual_minor, actual_currency,"
            + "              row_number() OVER (PARTITION BY psp_order_id, order_type ORDER BY row_number) AS k"
            + "       FROM recon_exact WHERE movement_id IS NULL) lr"
            + " FULL JOIN (SELECT x.movement_id, x.psp_order_id, x.order_type, x.expected_minor, x.expected_currency,"
            + "              m.payment_reference, m.correlation_id, x.occurred_at,"
            + "              row_number() OVER (PARTITION BY x.psp_order_id, x.order_type ORDER BY x.occurred_at, x.movement_id) AS k"
            + "       FROM recon_exact x JOIN expected_movement m ON m.id = x.movement_id"
            + "       WHERE x.row_number IS NULL AND NOT x.cancelled) le"
            + "   ON lr.psp_order_id = le.psp_order_id AND lr.order_type = le.order_type AND lr.k = le.k"
            + " WHERE lr.row_number IS NOT NULL OR le.occurred_at < $1";

    // the exact pairs settle their movements first, in movement order (the primary key's index grows at its end)
    private static final String SETTLE_EXACT = settlePairsOf("recon_exact") + " ORDER BY movement_id";

    // a leftover row identical to a row that settled a movement, in this run (an exact pair) or in an earlier one:
    // found through the order's movements (index) and their settlements (primary key), a few lookups per leftover row
    private static final String DUPLICATES = "UPDATE recon_item u SET match_class = 'DUPLICATE_IN_REPORT'"
            + " WHERE u.match_class = 'UNEXPECTED_IN_REPORT'"
            + "   AND EXISTS (SELECT 1 FROM expected_movement s JOIN movement_settlement ms ON ms.movement_id = s.id"
            + "           WHERE s.psp_order_id = u.psp_order_id AND s.order_type = u.order_type"
            + "           AND s.amount_minor = u.actual_minor AND s.currency = u.actual_currency)";

    // then the mismatched pairs (after the duplicates: a row identical to one of them is not a duplicate)
    private static final String SETTLE_ITEMS = settlePairsOf("recon_item");

    /** Fills {@code recon_exact} and {@code recon_item} for the report and settles the paired movements. */
    public Uni<Void> classify(SqlConnection connection, long reportId, OffsetDateTime cutoff) {
        return connection.query(WORK_MEM).execute()
                .chain(() -> connection.query(EXACT_TABLE).execute())
                .chain(() -> connection.query(ITEM_TABLE).execute())
                .chain(() -> Steps.timed("exact", connection.preparedQuery(EXACT).execute(Tuple.of(reportId))))
                .chain(() -> Steps.timed("analyze", connection.query("ANALYZE recon_exact").execute()))
                .chain(() -> Steps.timed("settle-exact", connection.preparedQuery(SETTLE_EXACT).execute(Tuple.of(reportId))))
                .chain(() -> Steps.timed("items", connection.preparedQuery(ITEMS).execute(Tuple.of(cutoff))))
                .chain(() -> connection.query("ANALYZE recon_item").execute())
                .chain(() -> Steps.timed("duplicates", connection.query(DUPLICATES).execute()))
                .chain(() -> Steps.timed("settle-items", connection.preparedQuery(SETTLE_ITEMS).execute(Tuple.of(reportId))))
                .replaceWithVoid();
    }

    /** $1 report id: every pair (row and movement) of {@code table} settles its movement by its row. */
    private static String settlePairsOf(String table) {
        return "INSERT INTO movement_settlement (movement_id, report_id, report_row_number)"
                + " SELECT movement_id, $1, row_number FROM " + table + " WHERE row_number IS NOT NULL AND movement_id IS NOT NULL";
    }
}
