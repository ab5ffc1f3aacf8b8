package io.paybridge.testkit.bench;

import io.paybridge.testkit.stack.StackSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The ingest's outbox as an operator sees it: how many acknowledged notifications are not yet published
 * to Kafka. An acknowledgement needs the notification stored, not published, so this says how far
 * publishing trails the acknowledgements.
 */
final class OutboxBacklog {

    private static final String UNPUBLISHED = "SELECT count(*) FROM notification_ingest.outbox_message";

    private final StackSettings settings;

    OutboxBacklog(StackSettings settings) {
        this.settings = settings;
    }

    /** Rows waiting to be published, or nothing if the database cannot be read. */
    OptionalLong unpublished() {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DATABASE_USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(UNPUBLISHED)) {
            result.next();
            return OptionalLong.of(result.getLong(1));
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    /** How long until nothing waits to be published, polling; empty if that takes longer than {@code limit}. */
    OptionalLong millisUntilDrained(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalLong left = unpublished();
            if (left.isEmpty()) {
                return OptionalLong.empty();
            }
            if (left.getAsLong() == 0) {
                return OptionalLong.of((System.nanoTime() - started) / 1_000_000);
            }
            Thread.sleep(100);
        }
        return OptionalLong.empty();
    }
}
