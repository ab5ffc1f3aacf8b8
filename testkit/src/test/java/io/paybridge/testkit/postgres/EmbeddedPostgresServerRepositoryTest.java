package io.paybridge.testkit.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerRepositoryTest {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();

    @Test
    void runsARealPostgresql17() throws SQLException {
        PostgresDatabase database = server.createDatabase("version");
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version_num")) {
            assertThat(result.next()).isTrue();
            assertThat(Integer.parseInt(result.getString(1)) / 10000).isEqualTo(17);
        }
    }

    @Test
    void eachCallerGetsItsOwnEmptyDatabase() throws SQLException {
        PostgresDatabase first = server.createDatabase("isolation");
        PostgresDatabase second = server.createDatabase("isolation");
        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection connection = server.connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int primary key)");
            statement.execute("INSERT INTO marker VALUES (1)");
        }
        try (Connection connection = server.connect(second);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
    }

    @Test
    void urlsNameTheSameDatabaseAndHideThePassword() {
        PostgresDatabase database = new PostgresDatabase("db.internal", 5433, "orders", "svc", "s3cret");
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/orders");
        assertThat(database.reactiveUrl()).isEqualTo("postgresql://db.internal:5433/orders");
        assertThat(database.toString()).doesNotContain("s3cret");
    }
}
