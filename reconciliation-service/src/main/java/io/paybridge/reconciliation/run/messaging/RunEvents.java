package io.paybridge.reconciliation.run.messaging;

import io.paybridge.contracts.reconciliation.v1.MatchClass;
import io.paybridge.contracts.reconciliation.v1.RunFinished;
import io.paybridge.contracts.reconciliation.v1.RunResidual;
import io.paybridge.contracts.reconciliation.v1.RunTotal;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run's events into the outbox, in its transaction: BreakOpened and BreakClosed for the breaks in
 * {@code recon_news}, read and written a page at a time (memory bounded by the page, whatever the number of breaks),
 * then RunFinished with the run's totals and residuals. Answers how many breaks each class opened.
 */
@ApplicationScoped
public class RunEvents {

    static final int PAGE = 1000;

    private static final String BREAKS = "SELECT n.opened, " + BreakEvents.COLUMNS
            + " FROM recon_news n JOIN recon_break b ON b.id = n.break_id"
            + " WHERE n.break_id > $1 ORDER BY n.break_id LIMIT " + PAGE;
    private static final String TOTALS = "SELECT match_class, currency, count, amount_minor FROM run_total WHERE run_id = $1"
            + " ORDER BY match_class, currency";
    private static final String RESIDUALS = "SELECT currency, residual_minor FROM run_residual WHERE run_id = $1 ORDER BY currency";
    // PostgreSQL orders uuids bytewise, unsigned: the nil uuid is the smallest
    private static final UUID FIRST = new UUID(0L, 0L);

    private final EventOutbox outbox;

    public RunEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Writes every event of the run; answers the breaks opened per class. */
    public Uni<Map<String, Long>> write(SqlConnection connection, UUID runId, LocalDate settlementDate) {
        Map<String, Long> opened = new HashMap<>();
        return breaksAfter(connection, FIRST, opened)
                .chain(() -> runFinished(connection, runId, settlementDate))
                .replaceWith(opened);
    }

    private Uni<Void> breaksAfter(SqlConnection connection, UUID after, Map<String, Long> opened) {
        return connection.preparedQuery(BREAKS).execute(Tuple.of(after)).chain(rows -> {
            List<EventOutbox.Keyed> events = new ArrayList<>(rows.size());
            UUID last = null;
            for (Row row : rows) {
                last = row.getUUID("id");
                if (row.getBoolean("opened")) {
                    events.add(BreakEvents.opened(row));
                    opened.merge(row.getString("break_class"), 1L, Long::sum);
                } else {
                    events.add(BreakEvents.closed(row));
                }
            }
            UUID next = last;
            Uni<Void> written = outbox.writeAll(connection, events);
            return rows.size() < PAGE ? written : written.chain(() -> breaksAfter(connection, next, opened));
        });
    }

    private Uni<Void> runFinished(SqlConnection connection, UUID runId, LocalDate settlementDate) {
        Tuple run = Tuple.of(runId);
        return connection.preparedQuery(TOTALS).execute(run).chain(totals -> connection.preparedQuery(RESIDUALS).execute(run)
                .chain(residuals -> {
                    List<RunTotal> runTotals = new ArrayList<>();
                    for (Row row : totals) {
                        runTotals.add(RunTotal.newBuilder()
                                .setMatchClass(MatchClass.valueOf(row.getString("match_class")))
                                .setCurrency(row.getString("currency"))
                                .setCount(row.getLong("count"))
                                .setAmount(row.getLong("amount_minor"))
                                .build());
                    }
                    List<RunResidual> runResiduals = new ArrayList<>();
                    for (Row row : residuals) {
                        runResiduals.add(RunResidual.newBuilder()
                                .setCurrency(row.getString("currency"))
                                .setAmount(row.getLong("residual_minor"))
                                .build());
                    }
                    RunFinished event = RunFinished.newBuilder()
                            .setEventId(UUID.randomUUID().toString())
                            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                            .setPaymentReference(runId.toString())
                            .setCorrelationId(runId.toString())
                            .setRunId(runId.toString())
                            .setSettlementDate(settlementDate)
                            .setTotals(runTotals)
                            .setResiduals(runResiduals)
                            .build();
                    return outbox.write(connection, runId.toString(), event);
                }));
    }
}
