package io.paybridge.reconciliation.api;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes what a reconciliation run leaves behind, with SQL as the run tables hold it (the read API reads those tables
 * and nothing else): a report and its run, the run's totals, legs, residuals and batch checks, movements, report rows
 * and breaks.
 */
@ApplicationScoped
public class StatementDatabase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Pool pool;

    public StatementDatabase(Pool pool) {
        this.pool = pool;
    }

    /** A run as stored: its id and its report's. */
    public record StoredRun(UUID id, long reportId) {
    }

    /** A finished run of an uploaded report of {@code rows} rows, started and finished at the given times. */
    public StoredRun run(LocalDate settlementDate, Instant startedAt, Instant finishedAt, int rows) {
        return run("UPLOAD", settlementDate, startedAt, finishedAt, "FINISHED", rows);
    }

    /** A run in any state; {@code finishedAt} null while it runs. */
    public StoredRun run(String source, LocalDate settlementDate, Instant startedAt, Instant finishedAt, String status, int rows) {
        byte[] digest = new byte[32];
        ThreadLocalRandom.current().nextBytes(digest);
        long reportId = single("INSERT INTO settlement_report (source, settlement_date, content_sha256, row_count, received_at)"
                + " VALUES ($1, $2, $3, $4, $5) RETURNING id", Tuple.of(source, settlementDate, HexFormat.of().formatHex(digest),
                rows, utc(startedAt)));
        UUID runId = UUID.randomUUID();
        execute("INSERT INTO reconciliation_run (id, report_id, settlement_date, started_at, finished_at, status)"
                + " VALUES ($1, $2, $3, $4, $5, $6)", Tuple.tuple().addUUID(runId).addLong(reportId).addLocalDate(settlementDate)
                .addOffsetDateTime(utc(startedAt)).addOffsetDateTime(finishedAt == null ? null : utc(finishedAt)).addString(status));
        execute("UPDATE settlement_report SET run_id = $1 WHERE id = $2", Tuple.of(runId, reportId));
        return new StoredRun(runId, reportId);
    }

    public void total(UUID runId, String matchClass, String currency, long count, long amountMinor) {
        execute("INSERT INTO run_total (run_id, match_class, currency, count, amount_minor) VALUES ($1, $2, $3, $4, $5)",
                Tuple.of(runId, matchClass, currency, count, amountMinor));
    }

    public void leg(UUID runId, String orderType, String currency, long count, long amountMinor) {
        execute("INSERT INTO run_leg (run_id, order_type, currency, count, amount_minor) VALUES ($1, $2, $3, $4, $5)",
                Tuple.of(runId, orderType, currency, count, amountMinor));
    }

    public void residual(UUID runId, String currency, long reported, long expected, long legs) {
        execute("INSERT INTO run_residual (run_id, currency, reported_minor, expected_minor, legs_minor, residual_minor)"
                + " VALUES ($1, $2, $3, $4, $5, $6)", Tuple.of(runId, currency, reported, expected, legs, reported - expected - legs));
    }

    public void batchCheck(UUID runId, String reference, String currency, long rowsSum, Long reportTotal, Long transfer,
            boolean ok, String reason) {
        execute("INSERT INTO run_batch_check (run_id, settlement_bank_withdrawal_id, currency, rows_sum_minor,"
                + " report_total_minor, transfer_minor, ok, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                Tuple.tuple().addUUID(runId).addString(reference).addString(currency).addLong(rowsSum).addLong(reportTotal)
                        .addLong(transfer).addBoolean(ok).addString(reason));
    }

    /** An expected movement; answers its id. */
    public long movement(String pspOrderId, String orderType, long amountMinor, String currency, String paymentReference) {
        return single("INSERT INTO expected_movement (psp_order_id, order_type, movement_ref, fact, amount_minor, currency,"
                + " payment_reference, correlation_id, occurred_at) VALUES ($1, $2, $3, 'DepositCredited', $4, $5, $6, $7, now())"
                + " RETURNING id", Tuple.tuple().addString(pspOrderId).addString(orderType).addString("ref-" + UUID.randomUUID())
                .addLong(amountMinor).addString(currency).addString(paymentReference).addString("corr-" + pspOrderId));
    }

    /** A row of the run's report. */
    public void reportRow(long reportId, int rowNumber, String pspOrderId, String orderType, long amountMinor, String currency) {
        execute("INSERT INTO report_row (report_id, row_number, booked_at, account_name, currency, amount_minor,"
                + " psp_order_id, order_type) VALUES ($1, $2, now(), 'SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE', $3, $4, $5, $6)",
                Tuple.of(reportId, rowNumber, currency, amountMinor, pspOrderId, orderType));
    }

    /** A break as a run stores it. */
    public record NewBreak(UUID id, String breakClass, String pspOrderId, String orderType, String paymentReference,
            String correlationId, Long expectedMinor, String expectedCurrency, Long actualMinor, String actualCurrency,
            Long movementId, Long reportId, Integer reportRowNumber, UUID openedRunId, UUID lastSeenRunId, UUID closedRunId, Instant openedAt,
            Instant closedAt, String resolution) {

        /** An open break of a run, opened and last seen by it, at the given time. */
        public static NewBreak open(UUID runId, String breakClass, String pspOrderId, Instant openedAt) {
            return new NewBreak(UUID.randomUUID(), breakClass, pspOrderId, "Deposit", "pr-" + pspOrderId, "corr-" + pspOrderId,
                    null, null, null, null, null, null, null, runId, runId, null, openedAt, null, null);
        }

        public NewBreak expected(long minor, String currency, Long movement) {
            return new NewBreak(id, breakClass, pspOrderId, orderType, paymentReference, correlationId, minor, currency,
                    actualMinor, actualCurrency, movement, reportId, reportRowNumber, openedRunId, lastSeenRunId, closedRunId, openedAt,
                    closedAt, resolution);
        }

        public NewBreak actual(long minor, String currency, Long reportId, Integer rowNumber) {
            return new NewBreak(id, breakClass, pspOrderId, orderType, paymentReference, correlationId, expectedMinor,
                    expectedCurrency, minor, currency, movementId, reportId, rowNumber, openedRunId, lastSeenRunId, closedRunId, openedAt,
                    closedAt, resolution);
        }

        public NewBreak reference(String payment) {
            return new NewBreak(id, breakClass, pspOrderId, orderType, payment, correlationId, expectedMinor, expectedCurrency,
                    actualMinor, actualCurrency, movementId, reportId, reportRowNumber, openedRunId, lastSeenRunId, closedRunId, openedAt,
                    closedAt, resolution);
        }

        /** Seen again, still open, by a later run. */
        public NewBreak seenBy(UUID runId) {
            return new NewBreak(id, breakClass, pspOrderId, orderType, paymentReference, correlationId, expectedMinor,
                    expectedCurrency, actualMinor, actualCurrency, movementId, reportId, reportRowNumber, openedRunId, runId, closedRunId,
                    openedAt, closedAt, resolution);
        }

        /** Closed by a run (or, {@code runId} null, by an event) at the given time. */
        public NewBreak closedBy(UUID runId, Instant at) {
            return new NewBreak(id, breakClass, pspOrderId, orderType, paymentReference, correlationId, expectedMinor,
                    expectedCurrency, actualMinor, actualCurrency, movementId, reportId, reportRowNumber, openedRunId, lastSeenRunId, runId,
                    openedAt, at, "MATCHED_IN_LATER_RUN");
        }
    }

    /** Stores the break; answers it. */
    public NewBreak insert(NewBreak found) {
        execute("INSERT INTO recon_break (id, break_class, psp_order_id, order_type, payment_reference, correlation_id,"
                + " expected_minor, expected_currency, actual_minor, actual_currency, movement_id, report_id, report_row_number,"
                + " opened_run_id, last_seen_run_id, closed_run_id, opened_at, closed_at, resolution)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
                Tuple.tuple().addUUID(found.id()).addString(found.breakClass()).addString(found.pspOrderId())
                        .addString(found.orderType()).addString(found.paymentReference()).addString(found.correlationId())
                        .addLong(found.expectedMinor()).addString(found.expectedCurrency()).addLong(found.actualMinor())
                        .addString(found.actualCurrency()).addLong(found.movementId()).addLong(found.reportId())
                        .addInteger(found.reportRowNumber())
                        .addUUID(found.openedRunId()).addUUID(found.lastSeenRunId()).addUUID(found.closedRunId())
                        .addOffsetDateTime(utc(found.openedAt())).addOffsetDateTime(found.closedAt() == null ? null : utc(found.closedAt()))
                        .addString(found.resolution()));
        return found;
    }

    /** {@code count} open breaks of one class, opened by the run, in one statement (for the streamed export). */
    public void manyBreaks(UUID runId, int count) {
        execute("INSERT INTO recon_break (id, break_class, psp_order_id, order_type, payment_reference, correlation_id,"
                + " actual_minor, actual_currency, opened_run_id, last_seen_run_id)"
                + " SELECT gen_random_uuid(), 'UNEXPECTED_IN_REPORT', 'o-' || n, 'Deposit', 'pr-' || lpad(n::text, 6, '0'),"
                + " 'corr-' || n, n, 'EUR', $1, $1 FROM generate_series(1, $2) AS n", Tuple.of(runId, count));
    }

    private void execute(String sql, Tuple parameters) {
        pool.preparedQuery(sql).execute(parameters).await().atMost(WAIT);
    }

    private long single(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters).map(rows -> rows.iterator().next().getLong(0)).await().atMost(WAIT);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
