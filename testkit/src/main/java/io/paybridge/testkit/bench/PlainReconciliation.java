package io.paybridge.testkit.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;

/**
 * The plain alternative to reconciliation-service, timed: the settlement CSV loaded as it is with PostgreSQL's
 * {@code COPY ... (FORMAT csv)} into a scratch table of text columns, then one SQL statement joining it against
 * {@code reconciliation.expected_movement} with the service's matching rules, counting and summing each class per
 * currency. It stores nothing of what it finds (the service stores its rows, run, breaks and events).
 */
final class PlainReconciliation {

    static final String TABLE = "bench_plain.settlement_csv";
    private static final String CREATE = "DROP SCHEMA IF EXISTS bench_plain CASCADE; CREATE SCHEMA bench_plain;"
            + " CREATE TABLE " + TABLE + " (n bigserial, datestamp text, accountname text, currency text, amount text,"
            + " total text, orderid text, ordertype text, messageid text, username text, fxpaymentamount text,"
            + " fxpaymentcurrency text, settlementbankwithdrawalid text, externalreference text)";
    private static final String COPY = "COPY " + TABLE + " (datestamp, accountname, currency, amount, total, orderid,"
            + " ordertype, messageid, username, fxpaymentamount, fxpaymentcurrency, settlementbankwithdrawalid,"
            + " externalreference) FROM STDIN WITH (FORMAT csv, HEADER true)";
    /** Legs, as the service tells them: fee rows ({@code ... Fee}) and FX rows. */
    private static final String LEG = "(k2 LIKE '% Fee' OR k2 = 'FX')";

    /**
     * Per (order id, order type): rows and unsettled movements pair by equal amount and currency first (rows in report
     * order, movements oldest first); a leftover row equal to a matched one is a duplicate; the other leftovers pair up
     * in order as currency or amount mismatches; rows left are unexpected; uncancelled movements left, older than the
     * grace period at the end of the settlement date ({@code ?}), are missing. Fee and FX rows are legs. Amounts: the
     * data set's currencies all have two decimals, so {@code amount * 100} is the exact minor unit count.
     */
    static final String JOIN = """
            WITH r AS (
                SELECT n, orderid AS k1, ordertype AS k2, currency, (amount::numeric * 100)::bigint AS amt
                FROM bench_plain.settlement_csv),
            rn AS (
                SELECT n, k1, k2, currency, amt, row_number() OVER (PARTITION BY k1, k2, currency, amt ORDER BY n) AS i
                FROM r WHERE NOT coalesce(%1$s, false)),
            en AS (
                SELECT id, psp_order_id AS k1, order_type AS k2, currency::text AS currency, amount_minor AS amt, cancelled,
                       occurred_at, row_number() OVER (PARTITION BY psp_order_id, order_type, currency, amount_minor
                                                      ORDER BY occurred_at, id) AS i
                FROM reconciliation.expected_movement WHERE settled_row_id IS NULL),
            exact AS (
                SELECT rn.n, en.id FROM rn JOIN en
                    ON en.k1 = rn.k1 AND en.k2 = rn.k2 AND en.currency = rn.currency AND en.amt = rn.amt AND en.i = rn.i),
            dup AS (
                SELECT rn.n FROM rn
                WHERE NOT EXISTS (SELECT 1 FROM exact x WHERE x.n = rn.n)
                  AND EXISTS (SELECT 1 FROM exact x JOIN rn m ON m.n = x.n
                              WHERE m.k1 = rn.k1 AND m.k2 = rn.k2 AND m.currency = rn.currency AND m.amt = rn.amt)),
            rl AS (
                SELECT rn.*, row_number() OVER (PARTITION BY k1, k2 ORDER BY n) AS j FROM rn
                WHERE NOT EXISTS (SELECT 1 FROM exact x WHERE x.n = rn.n) AND NOT EXISTS (SELECT 1 FROM dup d WHERE d.n = rn.n)),
            el AS (
                SELECT en.*, row_number() OVER (PARTITION BY k1, k2 ORDER BY occurred_at, id) AS j FROM en
                WHERE NOT EXISTS (SELECT 1 FROM exact x WHERE x.id = en.id)),
            pair AS (
                SELECT rl.n, el.id, rl.currency, rl.amt,
                       CASE WHEN rl.currency <> el.currency THEN 'CURRENCY_MISMATCH' ELSE 'AMOUNT_MISMATCH' END AS cls
                FROM rl JOIN el ON el.k1 = rl.k1 AND el.k2 = rl.k2 AND el.j = rl.j),
            classified AS (
                SELECT 'MATCHED' AS cls, rn.currency, rn.amt FROM exact JOIN rn ON rn.n = exact.n
                UNION ALL SELECT 'DUPLICATE_IN_REPORT', rn.currency, rn.amt FROM dup JOIN rn ON rn.n = dup.n
                UNION ALL SELECT cls, currency, amt FROM pair
                UNION ALL SELECT 'UNEXPECTED_IN_REPORT', rl.currency, rl.amt FROM rl
                    WHERE NOT EXISTS (SELECT 1 FROM pair p WHERE p.n = rl.n)
                UNION ALL SELECT 'MISSING_IN_REPORT', el.currency, el.amt FROM el
                    WHERE NOT EXISTS (SELECT 1 FROM pair p WHERE p.id = el.id) AND NOT el.cancelled AND el.occurred_at < ?
                UNION ALL SELECT k2, currency, amt FROM r WHERE %1$s)
            SELECT cls, currency, count(*), sum(amt) FROM classified GROUP BY cls, currency
            """.formatted(LEG);

    /** What the plain alternative took and found. */
    record Result(long copyNanos, long joinNanos, long rows, ClassTally tally) {

        long totalNanos() {
            return copyNanos + joinNanos;
        }
    }

    private PlainReconciliation() {
    }

    /**
     * Loads the CSV into a fresh scratch table and runs the join.
     *
     * @param missingBefore movements older than this (the end of the settlement date minus the grace period) and
     *     unsettled are missing
     */
    static Result run(Connection connection, Path csv, Instant missingBefore) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        long started = System.nanoTime();
        long rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, reader);
        }
        long copied = System.nanoTime();
        ClassTally tally = new ClassTally();
        try (PreparedStatement join = connection.prepareStatement(JOIN)) {
            join.setObject(1, missingBefore.atOffset(ZoneOffset.UTC));
            try (ResultSet result = join.executeQuery()) {
                while (result.next()) {
                    tally.add(result.getString(1), result.getString(2), result.getLong(3), result.getLong(4));
                }
            }
        }
        long joined = System.nanoTime();
        return new Result(copied - started, joined - copied, rows, tally);
    }
}
