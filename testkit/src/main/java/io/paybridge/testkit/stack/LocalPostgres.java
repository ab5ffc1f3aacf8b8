package io.paybridge.testkit.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local stack's PostgreSQL: a real PostgreSQL 17 server (zonky embedded binaries) on a fixed
 * port with a data directory kept across restarts, running until the process gets SIGTERM.
 */
public final class LocalPostgres {

    /** The line printed once the server accepts connections and the database exists. */
    public static final String READY = "LocalPostgres ready";

    private static final String EXPECTED_MAJOR_VERSION = "17";

    private LocalPostgres() {}

    public static void main(String[] args) {
        MainRunner.run("LocalPostgres", () -> {
            StackSettings settings = StackSettings.fromEnvironment();
            EmbeddedPostgres postgres = start(settings);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, stopped), "local-postgres-stop"));
            ensureDatabase(settings);
            System.out.println(READY + " on port " + settings.postgresPort()
                    + ", database " + StackSettings.DATABASE + ", data in " + settings.postgresDataDir());
            stopped.await();
        });
    }

    private static EmbeddedPostgres start(StackSettings settings) throws IOException {
        Path dataDir = settings.postgresDataDir();
        checkDataDirectory(dataDir);
        // zonky runs initdb only when postgresql.conf is missing (or the directory is to be cleaned),
        // so an existing cluster is reused as is.
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(settings.postgresPort())
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /**
     * Refuses a directory initdb cannot use: one left half-written by an interrupted initdb, or
     * one created by another PostgreSQL major version.
     */
    static void checkDataDirectory(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir) || Files.exists(dataDir.resolve("postgresql.conf"))) {
            Path versionFile = dataDir.resolve("PG_VERSION");
            if (Files.exists(versionFile)) {
                String version = Files.readString(versionFile).trim();
                if (!EXPECTED_MAJOR_VERSION.equals(version)) {
                    throw new StackException("the data directory " + dataDir + " belongs to PostgreSQL " + version
                            + ", the local stack runs PostgreSQL " + EXPECTED_MAJOR_VERSION
                            + "; remove the directory to start with an empty database");
                }
            }
            return;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new StackException("the data directory " + dataDir + " is incomplete (an earlier initdb"
                        + " did not finish); remove it to create an empty database");
            }
        }
    }

    private static void ensureDatabase(StackSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        settings.jdbcUrl("postgres"), StackSettings.DATABASE_USER, "");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, StackSettings.DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + StackSettings.DATABASE);
            }
            System.out.println("LocalPostgres created database " + StackSettings.DATABASE);
        }
    }

    private static void stop(EmbeddedPostgres postgres, CountDownLatch stopped) {
        try {
            postgres.close();
            System.out.println("LocalPostgres stopped");
        } catch (IOException e) {
            System.err.println("LocalPostgres could not stop PostgreSQL cleanly: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
