package io.paybridge.reconciliation.run.persistence;

import io.paybridge.reconciliation.run.domain.Legs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A run's figures from {@code recon_exact}, {@code recon_item} and the report, each one {@code INSERT … SELECT}: totals
 * per match class and currency, fee and FX legs, the residual per currency and the check of each settlement's bank
 * transfer. The report's million rows are read once, into a few sums ({@code recon_report_sum}) that the legs, the
 * residuals and the batch checks share.
 */
@ApplicationScoped
public class RunFigures {

    /** The transfer of settlement reference X: psp-sandbox's "Automatic settlement X to merchant bank account". */
    static final String TRANSFER_ACCOUNT = "SETTLEMENT_BANK_WITHDRAWAL";

    // amounts as reported where a row exists, as expected for missing movements
    private static final String TOTALS = "INSERT INTO run_total (run_id, match_class, currency, count, amount_minor)"
            + " SELECT $1::uuid, 'MATCHED', actual_currency, count(*), sum(actual_minor)::bigint"
            + " FROM recon_exact WHERE row_number IS NOT NULL AND movement_id IS NOT NULL GROUP BY actual_currency"
            + " UNION ALL"
            + " SELECT $1::uuid, match_class, coalesce(actual_currency, expected_currency), count(*),"
            + "        sum(coalesce(actual_minor, expected_minor))::bigint"
            + " FROM recon_item GROUP BY match_class, coalesce(actual_currency, expected_currency)";

    // per currency, leg (the ordertype of a fee or FX row, null for any other row) and settlement batch
    private static final String REPORT_SUM_TABLE = "CREATE TEMP TABLE recon_report_sum (currency char(3) NOT NULL,"
            + " leg_type text, settlement_bank_withdrawal_id text, n bigint NOT NULL, amount_minor bigint NOT NULL,"
            + " totals bigint NOT NULL, total_min bigint, total_max bigint) ON COMMIT DROP";
    private static final String REPORT_SUMS = "INSERT INTO recon_report_sum"
            + " SELECT currency, CASE WHEN " + Legs.IS_LEG + " THEN order_type END, settlement_bank_withdrawal_id,"
            + "        count(*), sum(amount_minor)::bigint, count(total_minor), min(total_minor), max(total_minor)"
            + " FROM report_row WHERE report_id = $1 GROUP BY 1, 2, 3";

    private static final String LEGS = "INSERT INTO run_leg (run_id, order_type, currency, count, amount_minor)"
            + " SELECT $1::uuid, leg_type, currency, sum(n)::bigint, sum(amount_minor)::bigint"
            + " FROM recon_report_sum WHERE leg_type IS NOT NULL GROUP BY leg_type, currency";

    // reported (every row) - expected (movements paired or missing) - legs; a MATCHED pair's expected amount and
    // currency are its row's, so the run's MATCHED totals are their expected sums
    private static final String RESIDUALS = "INSERT INTO run_residual (run_id, currency, reported_minor, expected_minor,"
            + " legs_minor, residual_minor)"
            + " SELECT $1::uuid, currency, sum(reported)::bigint, sum(expected)::bigint, sum(legs)::bigint,"
            + "        (sum(reported) - sum(expected) - sum(legs))::bigint"
            + " FROM (SELECT currency, amount_minor AS reported, 0::bigint AS expected,"
            + "              CASE WHEN leg_type IS NOT NULL THEN amount_minor ELSE 0 END AS legs"
            + "       FROM recon_report_sum"
            + "       UNION ALL"
            + "       SELECT currency, 0, amount_minor, 0 FROM run_total WHERE run_id = $1 AND match_class = 'MATCHED'"
            + "       UNION ALL"
            + "       SELECT expected_currency, 0, expected_minor, 0 FROM recon_item WHERE movement_id IS NOT NULL) figures"
            + " GROUP BY currency";

    private static final String BATCHES = "INSERT INTO run_batch_check (run_id, settlement_bank_withdrawal_id, currency,"
            + " rows_sum_minor, report_total_minor, transfer_minor, ok, reason)"
            + " SELECT $1::uuid, b.reference, b.currency, b.rows_sum, b.total_min, t.transfer,"
            + "        coalesce(b.totals = b.n AND b.total_min = b.total_max AND b.total_min = b.rows_sum"
            + "                 AND t.transfer = b.rows_sum, false),"
            + "        CASE WHEN b.totals < b.n THEN 'TOTAL_MISSING'"
            + "             WHEN b.total_min <> b.total_max THEN 'TOTALS_DISAGREE'"
            + "             WHEN b.total_min <> b.rows_sum THEN 'TOTAL_DIFFERS'"
            + "             WHEN t.transfer IS NULL THEN 'TRANSFER_NOT_FOUND'"
            + "             WHEN t.transfer <> b.rows_sum THEN 'TRANSFER_DIFFERS' END"
            + " FROM (SELECT settlement_bank_withdrawal_id AS reference, currency, sum(amount_minor)::bigint AS rows_sum,"
            + "              min(total_min) AS total_min, max(total_max) AS total_max, sum(totals) AS totals, sum(n) AS n"
            + "       FROM recon_report_sum WHERE settlement_bank_withdrawal_id IS NOT NULL"
            + "       GROUP BY settlement_bank_withdrawal_id, currency) b"
            + " LEFT JOIN LATERAL (SELECT (-sum(l.amount_minor))::bigint AS transfer FROM ledger_entry l"
            + "       WHERE l.account_name = '" + TRANSFER_ACCOUNT + "' AND l.currency = b.currency"
            + "         AND (l.settlement_bank_withdrawal_id = b.reference"
            + "              OR l.transaction_type = 'Automatic settlement ' || b.reference || ' to merchant bank account')) t"
            + "   ON true";

    /** Writes the run's totals, legs, residuals and batch checks. */
    public Uni<Void> write(SqlConnection connection, UUID runId, long reportId) {
        Tuple run = Tuple.of(runId);
        return connection.preparedQuery(TOTALS).execute(run)
                .chain(() -> connection.query(REPORT_SUM_TABLE).execute())
                .chain(() -> connection.preparedQuery(REPORT_SUMS).execute(Tuple.of(reportId)))
                .chain(() -> connection.preparedQuery(LEGS).execute(run))
                .chain(() -> connection.preparedQuery(RESIDUALS).execute(run))
                .chain(() -> connection.preparedQuery(BATCHES).execute(run))
                .replaceWithVoid();
    }
}
