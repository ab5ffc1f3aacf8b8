package io.paybridge.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartablePostgresRepositoryTest {

    /** SQLSTATE of a connection that could not be established. */
    private static final String UNABLE_TO_CONNECT = "08001";

    @Test
    void rowsSurviveAStopAndTheSamePortServesAgainAfterARestart() throws SQLException {
        RestartablePostgres postgres = RestartablePostgres.start();
        Path directory = postgres.directory();
        try (postgres) {
            PostgresDatabase before = postgres.database();
            try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE notification (id text PRIMARY KEY, state text NOT NULL)");
                statement.execute("INSERT INTO notification VALUES ('n-1', 'RECEIVED')");
            }

            postgres.stop();
            assertThat(postgres.running()).isFalse();
            assertThatThrownBy(postgres::connect)
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(UNABLE_TO_CONNECT));

            postgres.restart();
            assertThat(postgres.running()).isTrue();
            assertThat(postgres.database()).isEqualTo(before);
            assertThat(notifications(postgres)).containsExactly("n-1 RECEIVED");
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void aSessionOpenAcrossTheStopIsBrokenAndANewOneWorksAfterTheRestart() throws SQLException {
        try (RestartablePostgres postgres = RestartablePostgres.start();
                Connection connection = postgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");

            postgres.restart();

            assertThatThrownBy(() -> statement.execute("SELECT 1")).isInstanceOf(SQLException.class);
            assertThat(connection.isValid(2)).isFalse();
            try (Connection fresh = postgres.connect(); Statement again = fresh.createStatement();
                    ResultSet result = again.executeQuery("SELECT current_database()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(RestartablePostgres.DATABASE);
            }
        }
    }

    @Test
    void aRestartOntoAPortTakenWhileStoppedFailsAtOnceAndCanBeRetried() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start()) {
            postgres.stop();
            int port = postgres.database().port();
            try (ServerSocket squatter = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertThatThrownBy(postgres::restart)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("another process took port " + port);
            }
            postgres.restart();
            assertThat(postgres.running()).isTrue();
        }
    }

    private static List<String> notifications(RestartablePostgres postgres) throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, state FROM notification ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString("id") + " " + result.getString("state"));
            }
            return rows;
        }
    }
}
