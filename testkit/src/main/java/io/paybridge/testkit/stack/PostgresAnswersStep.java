package io.paybridge.testkit.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Demo step: the local PostgreSQL answers on the {@code paybridge} database and reports its version. */
final class PostgresAnswersStep implements DemoStep {

    @Override
    public String name() {
        return "PostgreSQL answers";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DATABASE_USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1) + " at " + settings.jdbcUrl();
        }
    }
}
