package io.paybridge.reconciliation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.reconciliation.fixture.ReconDatabase;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A report of many rows against as many movements, generated in PostgreSQL: every row matched, zero residual, and the
 * throughput logged next to a plain join of the same rows. {@code -Dreconciliation.scale.rows=1000000} runs the issue's
 * size; the default keeps the suite fast.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ReconciliationScaleRepositoryTest {

    private static final Logger LOG = Logger.getLogger(ReconciliationScaleRepositoryTest.class);
    private static final int ROWS = Integer.getInteger("reconciliation.scale.rows", 20_000);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Inject
    ReconciliationRuns runs;

    @Inject
    ReconDatabase database;

    @BeforeEach
    void emptyTables() {
        database.reset();
    }

    @Test
    void everyRowOfALargeReportMatchesItsMovement() {
        database.execute("INSERT INTO expected_movement (psp_order_id, order_type, movement_ref, fact, amount_minor, currency,"
                + " payment_reference, correlation_id, occurred_at)"
                + " SELECT (100000000 + g)::text, 'Deposit', 'dep-s-' || g, 'DepositCredited', 1000 + g % 5000, 'EUR',"
                + " 'dep-s-' || g, 'corr-s-' || g, timestamptz '2026-11-20 08:00Z' FROM generate_series(1, $1) g", Tuple.of(ROWS));
        long report = database.count("INSERT INTO settlement_report (source, settlement_date, content_sha256, row_count, received_at)"
                + " VALUES ('UPLOAD', $1, repeat('a', 64), $2, now()) RETURNING id", DAY, ROWS);
        database.execute("INSERT INTO report_row (report_id, row_number, booked_at, account_name, currency, amount_minor,"
                + " psp_order_id, order_type)"
                + " SELECT $1, g, timestamptz '2026-11-20 09:00Z', 'SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE', 'EUR',"
                + " 1000 + g % 5000, (100000000 + g)::text, 'Deposit' FROM generate_series(1, $2) g", Tuple.of(report, ROWS));
        database.execute("ANALYZE expected_movement", Tuple.tuple());
        database.execute("ANALYZE report_row", Tuple.tuple());

        long plainStarted = System.nanoTime();
        long joined = database.count("SELECT count(*) FROM report_row r JOIN expected_movement m ON m.psp_order_id = r.psp_order_id"
                + " AND m.order_type = r.order_type AND m.amount_minor = r.amount_minor AND m.currency = r.currency"
                + " WHERE r.report_id = $1", report);
        Duration plain = Duration.ofNanos(System.nanoTime() - plainStarted);
        long started = System.nanoTime();
        UUID run = runs.reconcile(report).await().atMost(Duration.ofMinutes(10));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        LOG.infof("%d rows against %d movements reconciled in %d ms (%d rows/s); a plain join of them took %d ms", ROWS, ROWS,
                took.toMillis(), ROWS * 1000L / Math.max(1, took.toMillis()), plain.toMillis());
        assertThat(joined).isEqualTo(ROWS);
        long sum = database.count("SELECT sum(amount_minor) FROM report_row WHERE report_id = $1", report);
        assertThat(database.totals(run)).isEqualTo(Map.of("MATCHED EUR", List.of((long) ROWS, sum)));
        assertThat(database.residuals(run)).isEqualTo(Map.of("EUR", List.of(sum, sum, 0L, 0L)));
        assertThat(database.count("SELECT count(*) FROM expected_movement m WHERE NOT EXISTS (SELECT 1 FROM movement_settlement s WHERE s.movement_id = m.id)")).isZero();
    }
}
