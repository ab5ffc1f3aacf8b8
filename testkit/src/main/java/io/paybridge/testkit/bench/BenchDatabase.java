package io.paybridge.testkit.bench;

import io.paybridge.testkit.stack.StackSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The reconciliation benchmark's own database on the local stack's PostgreSQL: dropped and created empty for every
 * run (the benchmark's reconciliation-service migrates it when it starts), then, as untimed setup, loaded with the
 * data set's expected movements (COPY straight into {@code reconciliation.expected_movement}, as if
 * {@code payments.events.v1} had been consumed) and the bank transfers of its settlement batches (AccountLedger
 * entries). The local stack's own database is never touched.
 */
final class BenchDatabase {

    /** The database's name. */
    static final String NAME = "reconciliation_bench";

    private final StackSettings settings;

    BenchDatabase(StackSettings settings) {
        this.settings = settings;
    }

    /** Drops the database (disconnecting whatever uses it) and creates it empty. */
    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), StackSettings.DATABASE_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
        }
    }

    /** A connection to the database, in autocommit. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(NAME), StackSettings.DATABASE_USER, "");
    }

    /** The reactive URL the benchmark's service uses. */
    String reactiveUrl() {
        return "postgresql://localhost:" + settings.postgresPort() + "/" + NAME;
    }

    /** Copies every movement of the data set into {@code reconciliation.expected_movement}; answers how many. */
    static long loadMovements(Connection connection, SettlementDataSet data) throws SQLException, IOException {
        String copy = "COPY reconciliation.expected_movement (" + SettlementFiles.MOVEMENT_COLUMNS + ") FROM STDIN";
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            data.writeMovementsCopy(out);
        }
        try (Statement statement = connection.createStatement()) {
            // the service finds the table as it would after a day of events: statistics known, visibility map set
            statement.execute("VACUUM ANALYZE reconciliation.expected_movement");
        }
        return data.size();
    }

    /**
     * Books, per currency, the bank transfer that pays the batch's total to the merchant's bank, as AccountLedger shows
     * it (negative, on SETTLEMENT_BANK_WITHDRAWAL, the morning after the settlement date).
     */
    static void loadBankTransfers(Connection connection, SettlementDataSet data, Map<String, Long> totals) throws SQLException {
        String insert = "INSERT INTO reconciliation.ledger_entry (gluepay_id, booked_at, account_name, message_id,"
                + " transaction_type, currency, amount_minor, settlement_bank_withdrawal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Map.Entry<String, Long> total : totals.entrySet()) {
                String reference = data.bankWithdrawalId(total.getKey());
                statement.setString(1, "bench-" + reference);
                statement.setObject(2, data.settlementDate().plusDays(1).atTime(5, 0).atOffset(ZoneOffset.UTC));
                statement.setString(3, "SETTLEMENT_BANK_WITHDRAWAL");
                statement.setString(4, reference);
                statement.setString(5, "Automatic settlement " + reference + " to merchant bank account");
                statement.setString(6, total.getKey());
                statement.setLong(7, -total.getValue());
                statement.setString(8, reference);
                statement.executeUpdate();
            }
        }
    }
}
