package io.paybridge.reconciliation.run;

import io.paybridge.reconciliation.run.messaging.RunEvents;
import io.paybridge.reconciliation.run.persistence.RunBreaks;
import io.paybridge.reconciliation.run.persistence.RunFigures;
import io.paybridge.reconciliation.run.persistence.RunMatching;
import io.paybridge.reconciliation.run.persistence.Steps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reconciles a stored settlement report against the expected movements: one run per report, matched set-based in
 * PostgreSQL ({@link RunMatching}), persisted with its totals, legs, residuals and batch checks ({@link RunFigures}),
 * its breaks ({@link RunBreaks}) and events ({@link RunEvents}) in one transaction, one run at a time
 * ({@link RunLock}).
 */
@ApplicationScoped
public class ReconciliationRuns {

    private static final Logger LOG = Logger.getLogger(ReconciliationRuns.class);
    private static final String REPORT = "SELECT settlement_date, run_id FROM settlement_report WHERE id = $1 FOR UPDATE";
    private static final String START = "INSERT INTO reconciliation_run (id, report_id, settlement_date, started_at, status)"
            + " VALUES ($1, $2, $3, clock_timestamp(), 'RUNNING')";
    private static final String FINISH = "UPDATE reconciliation_run SET status = 'FINISHED', finished_at = clock_timestamp()"
            + " WHERE id = $1";
    private static final String LINK = "UPDATE settlement_report SET run_id = $1 WHERE id = $2";

    private final Pool pool;
    private final ReconciliationConfig config;
    private final RunMatching matching;
    private final RunFigures figures;
    private final RunBreaks breaks;
    private final RunEvents events;
    private final BreakMetrics metrics;

    public ReconciliationRuns(Pool pool, ReconciliationConfig config, RunMatching matching, RunFigures figures, RunBreaks breaks,
            RunEvents events, BreakMetrics metrics) {
        this.pool = pool;
        this.config = config;
        this.matching = matching;
        this.figures = figures;
        this.breaks = breaks;
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * Matches the report and persists its run; a report already reconciled answers its existing run and changes
     * nothing.
     *
     * @param reportId a {@code settlement_report} id whose rows are stored
     * @return the run id
     * @throws UnknownReportException (in the returned Uni) if no such report is stored
     */
    public Uni<UUID> reconcile(long reportId) {
        long started = System.nanoTime();
        return pool.withTransaction(connection -> connection.query(RunLock.EXCLUSIVE).execute()
                        .chain(() -> connection.preparedQuery(REPORT).execute(Tuple.of(reportId)))
                        .chain(rows -> {
                            if (!rows.iterator().hasNext()) {
                                return Uni.createFrom().failure(new UnknownReportException(reportId));
                            }
                            Row report = rows.iterator().next();
                            UUID existing = report.getUUID("run_id");
                            if (existing != null) {
                                return Uni.createFrom().item(new Outcome(existing, Map.of(), false));
                            }
                            return run(connection, reportId, report.getLocalDate("settlement_date"));
                        }))
                .invoke(outcome -> {
                    if (outcome.ran()) {
                        metrics.ran(Duration.ofNanos(System.nanoTime() - started), outcome.opened());
                        LOG.infof("report %d reconciled in run %s", reportId, outcome.runId());
                    }
                })
                .call(outcome -> outcome.ran() ? metrics.measure().onFailure().recoverWithNull() : Uni.createFrom().voidItem())
                .map(Outcome::runId);
    }

    private record Outcome(UUID runId, Map<String, Long> opened, boolean ran) {
    }

    private Uni<Outcome> run(SqlConnection connection, long reportId, LocalDate settlementDate) {
        UUID runId = UUID.randomUUID();
        // missing: happened longer than the grace before the end of the settlement date
        OffsetDateTime cutoff = settlementDate.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minus(config.grace());
        return connection.preparedQuery(START).execute(Tuple.of(runId, reportId, settlementDate))
                .chain(() -> matching.classify(connection, reportId, cutoff))
                .chain(() -> Steps.timed("figures", figures.write(connection, runId, reportId)))
                .chain(() -> Steps.timed("breaks", breaks.carry(connection, runId, reportId)))
                .chain(() -> connection.preparedQuery(FINISH).execute(Tuple.of(runId)))
                .chain(() -> connection.preparedQuery(LINK).execute(Tuple.of(runId, reportId)))
                .chain(() -> Steps.timed("events", events.write(connection, runId, settlementDate)))
                .map(opened -> new Outcome(runId, opened, true));
    }
}
