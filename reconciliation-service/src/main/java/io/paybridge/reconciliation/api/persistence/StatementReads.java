package io.paybridge.reconciliation.api.persistence;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one run's statement from the tables the run wrote ({@code reconciliation_run}, {@code run_total},
 * {@code run_leg}, {@code run_residual}, {@code run_batch_check}, {@code recon_break}): read-only SQL on the reactive
 * pool. A run's breaks are read a page at a time or streamed through a cursor, never all into memory.
 */
@ApplicationScoped
public class StatementReads {

    static final String RUN_COLUMNS = "r.id, r.report_id, s.source, r.settlement_date, r.status, r.started_at, r.finished_at,"
            + " s.row_count FROM reconciliation_run r JOIN settlement_report s ON s.id = r.report_id";
    private static final String RUN = "SELECT " + RUN_COLUMNS + " WHERE r.id = $1";
    private static final String TOTALS = "SELECT match_class, currency, count, amount_minor FROM run_total WHERE run_id = $1"
            + " ORDER BY CASE match_class WHEN 'MATCHED' THEN 0 WHEN 'AMOUNT_MISMATCH' THEN 1 WHEN 'CURRENCY_MISMATCH' THEN 2"
            + " WHEN 'MISSING_IN_REPORT' THEN 3 WHEN 'UNEXPECTED_IN_REPORT' THEN 4 ELSE 5 END, currency";
    private static final String LEGS = "SELECT order_type, currency, count, amount_minor FROM run_leg WHERE run_id = $1"
            + " ORDER BY order_type, currency";
    private static final String RESIDUALS = "SELECT currency, reported_minor, expected_minor, legs_minor, residual_minor"
            + " FROM run_residual WHERE run_id = $1 ORDER BY currency";
    private static final String BATCH_CHECKS = "SELECT settlement_bank_withdrawal_id, currency, rows_sum_minor,"
            + " report_total_minor, transfer_minor, ok, reason FROM run_batch_check WHERE run_id = $1"
            + " ORDER BY settlement_bank_withdrawal_id, currency";
    private static final String SECTION = "CASE WHEN b.closed_run_id = $1 THEN 'RESOLVED' WHEN b.opened_run_id = $1 THEN 'NEW'"
            + " ELSE 'PERSISTING' END";
    private static final String BREAK_COLUMNS = "b.id, b.break_class, b.psp_order_id, b.order_type, b.payment_reference,"
            + " b.correlation_id, b.expected_minor, b.expected_currency, b.actual_minor, b.actual_currency, b.movement_id,"
            + " b.report_id, b.report_row_number, b.opened_run_id, b.last_seen_run_id, b.closed_run_id, b.opened_at, b.closed_at, b.resolution";
    /** Breaks in a stable order: by class, then the payment they concern, then id. */
    private static final String BREAK_ORDER = "b.break_class, b.payment_reference, b.id";
    private static final String BREAK_COUNTS = "SELECT " + SECTION + " AS section, count(*) FROM recon_break b"
            + " WHERE b.opened_run_id = $1 OR b.last_seen_run_id = $1 OR b.closed_run_id = $1 GROUP BY 1";
    private static final String ALL_BREAKS = "SELECT " + SECTION + " AS section, " + BREAK_COLUMNS + " FROM recon_break b"
            + " WHERE b.opened_run_id = $1 OR b.last_seen_run_id = $1 OR b.closed_run_id = $1"
            + " ORDER BY CASE WHEN b.closed_run_id = $1 THEN 2 WHEN b.opened_run_id = $1 THEN 0 ELSE 1 END, " + BREAK_ORDER;

    /** Rows a cursor fetches at a time while a run's breaks are streamed. */
    static final int FETCH = 500;

    private final Pool pool;

    public StatementReads(Pool pool) {
        this.pool = pool;
    }

    /** The run, if there is one with this id. */
    public Uni<Optional<RunRecord>> run(UUID runId) {
        return pool.preparedQuery(RUN).execute(Tuple.of(runId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(run(rows.iterator().next())));
    }

    /** Counts and sums per match class and currency, MATCHED first. */
    public Uni<List<AmountLine>> totals(UUID runId) {
        return list(TOTALS, runId, StatementReads::amountLine);
    }

    /** Counts and sums of the fee and FX legs per order type and currency. */
    public Uni<List<AmountLine>> legs(UUID runId) {
        return list(LEGS, runId, StatementReads::amountLine);
    }

    /** The residual per currency. */
    public Uni<List<ResidualRecord>> residuals(UUID runId) {
        return list(RESIDUALS, runId, row -> new ResidualRecord(row.getString(0), row.getLong(1), row.getLong(2),
                row.getLong(3), row.getLong(4)));
    }

    /** The check of each settlement batch and currency. */
    public Uni<List<BatchCheckRecord>> batchChecks(UUID runId) {
        return list(BATCH_CHECKS, runId, row -> new BatchCheckRecord(row.getString(0), row.getString(1), row.getLong(2),
                row.getLong(3), row.getLong(4), row.getBoolean(5), row.getString(6)));
    }

    /** How many breaks the run's statement has in each section (every section present, zero if empty). */
    public Uni<Map<BreakSection, Long>> breakCounts(UUID runId) {
        return pool.preparedQuery(BREAK_COUNTS).execute(Tuple.of(runId)).map(rows -> {
            Map<BreakSection, Long> counts = new EnumMap<>(BreakSection.class);
            for (BreakSection section : BreakSection.values()) {
                counts.put(section, 0L);
            }
            for (Row row : rows) {
                counts.put(BreakSection.valueOf(row.getString(0)), row.getLong(1));
            }
            return counts;
        });
    }

    /** The first {@code limit} breaks of one section, in the statement's order. */
    public Uni<List<BreakRecord>> breaks(UUID runId, BreakSection section, int limit) {
        String sql = "SELECT '" + section.name() + "' AS section, " + BREAK_COLUMNS + " FROM recon_break b WHERE "
                + section.condition() + " ORDER BY " + BREAK_ORDER + " LIMIT $2";
        return pool.preparedQuery(sql).execute(Tuple.of(runId, limit)).map(rows -> {
            List<BreakRecord> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(breakRecord(row)));
            return found;
        });
    }

    /**
     * Every break of the run's statement, NEW then PERSISTING then RESOLVED, each in the statement's order, streamed
     * through a cursor ({@value #FETCH} rows at a time) in a read-only transaction of its own, which ends with the
     * stream (completed, failed or cancelled by a client that went away).
     */
    public Multi<BreakRecord> streamBreaks(UUID runId) {
        return pool.getConnection().onItem().transformToMulti(connection -> connection.begin()
                .onItem().transformToMulti(transaction -> connection.prepare(ALL_BREAKS)
                        .onItem().transformToMulti(statement -> statement.createStream(FETCH, Tuple.of(runId)).toMulti())
                        .onTermination().call(() -> end(transaction)))
                .onTermination().call(connection::close))
                .map(StatementReads::breakRecord);
    }

    private static Uni<Void> end(Transaction transaction) {
        // read-only: nothing to keep, and a rollback also ends a transaction a failed statement aborted
        return transaction.rollback().onFailure().recoverWithNull();
    }

    private <T> Uni<List<T>> list(String sql, UUID runId, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(Tuple.of(runId)).map(rows -> map(rows, mapper));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> found = new ArrayList<>(rows.size());
        rows.forEach(row -> found.add(mapper.apply(row)));
        return found;
    }

    static RunRecord run(Row row) {
        Integer rowCount = row.getInteger(7);
        return new RunRecord(row.getUUID(0), row.getLong(1), row.getString(2), row.getLocalDate(3), row.getString(4),
                instant(row.getOffsetDateTime(5)), instant(row.getOffsetDateTime(6)), rowCount == null ? 0 : rowCount);
    }

    private static AmountLine amountLine(Row row) {
        return new AmountLine(row.getString(0), row.getString(1), row.getLong(2), row.getLong(3));
    }

    private static BreakRecord breakRecord(Row row) {
        return new BreakRecord(row.getUUID(1), BreakSection.valueOf(row.getString(0)), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getLong(7), row.getString(8), row.getLong(9),
                row.getString(10), row.getLong(11), row.getLong(12), row.getInteger(13), row.getUUID(14), row.getUUID(15),
                row.getUUID(16), instant(row.getOffsetDateTime(17)), instant(row.getOffsetDateTime(18)), row.getString(19));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
