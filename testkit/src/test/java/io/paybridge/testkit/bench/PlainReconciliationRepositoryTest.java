package io.paybridge.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.testkit.postgres.EmbeddedPostgresServer;
import io.paybridge.testkit.postgres.PostgresDatabase;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plain alternative on a real PostgreSQL: COPY of a generated report and the one SQL join find exactly
 * what the data set planted, class by class and leg by leg, against movements loaded as the benchmark loads them.
 */
class PlainReconciliationRepositoryTest {

    /** The columns of reconciliation-service's expected_movement and movement_settlement that the benchmark and the join use. */
    private static final String EXPECTED_MOVEMENT = """
            CREATE SCHEMA reconciliation;
            CREATE TABLE reconciliation.expected_movement (
                id bigserial PRIMARY KEY, psp_order_id text NOT NULL, order_type text NOT NULL, movement_ref text NOT NULL,
                fact text NOT NULL, amount_minor bigint NOT NULL, currency char(3) NOT NULL, payment_reference text NOT NULL,
                correlation_id text NOT NULL, occurred_at timestamptz NOT NULL, cancelled boolean NOT NULL DEFAULT false,
                UNIQUE (order_type, movement_ref, fact));
            CREATE TABLE reconciliation.movement_settlement (movement_id bigint PRIMARY KEY, report_id bigint NOT NULL,
                report_row_number int NOT NULL);
            """;

    @TempDir
    Path directory;

    @Test
    void theJoinFindsWhatTheDataSetPlanted() throws Exception {
        LocalDate date = LocalDate.parse("2026-11-20");
        SettlementDataSet data = new SettlementDataSet(11, 5_000, date);
        Path csv = directory.resolve("settlement.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            data.writeCsv(writer);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        PostgresDatabase database = server.createDatabase("plain");

        PlainReconciliation.Result result;
        try (Connection connection = server.connect(database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(EXPECTED_MOVEMENT);
            }
            BenchDatabase.loadMovements(connection, data);
            result = PlainReconciliation.run(connection, csv,
                    date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(3)));
        }

        SettlementDataSet.Planted planted = data.planted();
        assertThat(result.rows()).isEqualTo(5_000);
        planted.classes().forEach((kind, count) -> assertThat(result.tally().count(kind)).as(kind).isEqualTo(count));
        planted.legs().forEach((leg, count) -> assertThat(result.tally().count(leg)).as(leg).isEqualTo(count));
        assertThat(result.tally().kinds()).hasSize(planted.classes().size() + planted.legs().size());
        assertThat(result.copyNanos()).isPositive();
        assertThat(result.joinNanos()).isPositive();
    }
}
