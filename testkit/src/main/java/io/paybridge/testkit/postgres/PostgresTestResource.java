package io.paybridge.testkit.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource giving each application start (so each test class that starts one) a fresh
 * database on the JVM's PostgreSQL server ({@link EmbeddedPostgresServer}), for both the reactive
 * client and JDBC (Flyway).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return datasourceConfig(EmbeddedPostgresServer.shared().createDatabase("paybridge_test"));
    }

    @Override
    public void stop() {
        // The server is shared by the JVM; the database is left for post-mortem inspection and
        // disappears with the server's throwaway data directory.
    }

    /** The Quarkus configuration pointing the default datasource, reactive and JDBC, at the given database. */
    static Map<String, String> datasourceConfig(PostgresDatabase database) {
        return Map.of(
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }
}
