package io.paybridge.testkit.bench;

import java.io.IOException;
import java.io.InputStream;
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
            + " total text, orderid text COLLATE \"C\", ordertype text COLLATE \"C\", messageid text, username text, fxpaymentamount text,"
            + " fxpaymentcurrency text, settlementbankwithdrawalid text, externalreference text)";
    /**
     * The memory per sort or hash the service's run sets for itself (SET LOCAL work_mem in its matching), here too;
     * order ids and types sort bytewise (COLLATE "C") on both sides, as in the service.
     */
    private static final String WORK_MEM = "SET work_mem = '128MB'";
    private static final String COPY = "COPY " + TABLE + " (datestamp, accountname, currency, amount, total, orderid,"
            + " ordertype, messageid, username, fxpaymentamount, fxpaymentcurrency, settlementbankwithdrawalid,"
            + " externalreference) FROM STDIN WITH (FORMAT csv, HEADER true)";

    /**
     * The service's rules, as one statement. Per (order id, order type): rows and unsettled movements pair by equal
     * amount and currency first, equal ranks (rows in report order, movements uncancelled first, then oldest first);
     * the movements considered are the uncancelled ones, and cancelled ones on a reported order.
     * The leftovers of each (order id, order type) pair up in order as currency or amount mismatches (uncancelled
     * movements only); rows left over are duplicates when identical (order, type, amount, currency) to a row that
     * settled a movement, now or in an earlier run, else unexpected; movements left over, older than the cutoff
     * ({@code ?}: the end of the settlement date minus the grace period), are missing. Fee and FX rows are legs.
     * Amounts: the data set's currencies all have two decimals, so {@code amount * 100} is the exact minor unit count.
     */
    static final String JOIN = """
            WITH r AS (
                SELECT n, orderid AS k1, ordertype AS k2, currency, (amount::numeric * 100)::bigint AS amt,
                       (coalesce(ordertype, '') LIKE '% Fee' OR coalesce(ordertype, '') = 'FX') AS leg
                FROM bench_plain.settlement_csv),
            reported AS (
                SELECT n, k1, k2, currency, amt,
                       row_number() OVER (PARTITION BY k1, k2, amt, currency ORDER BY n) AS i
                FROM r WHERE NOT leg),
            expected AS (
                SELECT m.id, m.psp_order_id COLLATE "C" AS k1, m.order_type COLLATE "C" AS k2, m.currency::text AS currency, m.amount_minor AS amt,
                       m.cancelled, m.occurred_at,
                       row_number() OVER (PARTITION BY m.psp_order_id COLLATE "C", m.order_type COLLATE "C", m.amount_minor, m.currency
                                          ORDER BY m.cancelled, m.occurred_at, m.id) AS i
                FROM reconciliation.expected_movement m
                WHERE NOT EXISTS (SELECT 1 FROM reconciliation.movement_settlement s WHERE s.movement_id = m.id)
                  AND (NOT m.cancelled OR EXISTS (SELECT 1 FROM r x WHERE x.k1 = m.psp_order_id AND x.k2 = m.order_type))),
            paired AS (
                SELECT x.n, e.id, coalesce(x.k1, e.k1) AS k1, coalesce(x.k2, e.k2) AS k2, x.amt AS ramt,
                       x.currency AS rcur, e.amt AS eamt, e.currency AS ecur, e.cancelled, e.occurred_at
                FROM reported x FULL JOIN expected e
                  ON x.k1 = e.k1 AND x.k2 = e.k2 AND x.amt = e.amt AND x.currency = e.currency AND x.i = e.i),
            matched AS (
                SELECT k1, k2, ramt, rcur FROM paired WHERE n IS NOT NULL AND id IS NOT NULL),
            lr AS (
                SELECT n, k1, k2, ramt, rcur, row_number() OVER (PARTITION BY k1, k2 ORDER BY n) AS j
                FROM paired WHERE id IS NULL),
            le AS (
                SELECT id, k1, k2, eamt, ecur, occurred_at, row_number() OVER (PARTITION BY k1, k2 ORDER BY occurred_at, id) AS j
                FROM paired WHERE n IS NULL AND NOT cancelled),
            items AS (
                SELECT CASE WHEN lr.n IS NOT NULL AND le.id IS NOT NULL THEN
                                 CASE WHEN lr.rcur <> le.ecur THEN 'CURRENCY_MISMATCH' ELSE 'AMOUNT_MISMATCH' END
                            WHEN lr.n IS NOT NULL THEN 'UNEXPECTED_IN_REPORT' ELSE 'MISSING_IN_REPORT' END AS cls,
                       coalesce(lr.k1, le.k1) AS k1, coalesce(lr.k2, le.k2) AS k2, lr.ramt, lr.rcur, le.eamt, le.ecur
                FROM lr FULL JOIN le ON lr.k1 = le.k1 AND lr.k2 = le.k2 AND lr.j = le.j
                WHERE lr.n IS NOT NULL OR le.occurred_at < ?),
            matched_key AS (
                SELECT DISTINCT k1, k2, ramt, rcur FROM matched),
            classified AS (
                SELECT 'MATCHED' AS cls, rcur AS currency, ramt AS amt FROM matched
                UNION ALL
                SELECT CASE WHEN i.cls = 'UNEXPECTED_IN_REPORT'
                             AND (mk.k1 IS NOT NULL
                                  OR EXISTS (SELECT 1 FROM reconciliation.expected_movement s
                                          JOIN reconciliation.movement_settlement ms ON ms.movement_id = s.id
                                          WHERE s.psp_order_id = i.k1 AND s.order_type = i.k2
                                          AND s.amount_minor = i.ramt AND s.currency = i.rcur))
                            THEN 'DUPLICATE_IN_REPORT' ELSE i.cls END,
                       coalesce(i.rcur, i.ecur), coalesce(i.ramt, i.eamt)
                FROM items i
                LEFT JOIN matched_key mk ON mk.k1 = i.k1 AND mk.k2 = i.k2 AND mk.ramt = i.ramt AND mk.rcur = i.rcur
                UNION ALL
                SELECT k2, currency, amt FROM r WHERE leg)
            SELECT cls, currency, count(*), sum(amt) FROM classified GROUP BY cls, currency
            """;

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
            statement.execute(WORK_MEM);
        }
        long started = System.nanoTime();
        long rows;
        // the file's bytes as they are (UTF-8, the connection's encoding), as the service's upload sends them
        try (InputStream bytes = Files.newInputStream(csv)) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, bytes);
        }
        try (Statement statement = connection.createStatement()) {
            // what anyone joining a freshly loaded table does first (the service analyzes its working tables too)
            statement.execute("ANALYZE " + TABLE);
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
