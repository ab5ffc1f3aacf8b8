package io.paybridge.testkit.postgres;

import io.paybridge.testkit.ServerDirectories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries) on a fixed port with a data directory kept across
 * stop and restart, for the fault tests the shared {@link EmbeddedPostgresServer} cannot serve.
 *
 * <p>Like the shared server it runs postgres inside a user namespace when the JVM is root (zonky
 * does so when {@code unshare} is available). The data directory and the server's log
 * ({@code postgres.log}) live in a temporary directory that {@link #close()} deletes. A shutdown hook
 * stops the server when this JVM exits normally or on SIGTERM; a SIGKILLed JVM leaves it running,
 * since {@code pg_ctl} starts it detached: find it with {@code pgrep -af restartable-postgres-} and
 * stop it with {@code kill} (SIGTERM).
 */
public final class RestartablePostgres implements AutoCloseable {

    /** The database created on first start, for the application under test. */
    public static final String DATABASE = "paybridge_test";

    private static final Logger LOG = Logger.getLogger(RestartablePostgres.class.getName());
    private static final String HOST = "localhost";
    private static final String USER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final Path dataDirectory;
    private final Path log;
    private final Thread shutdownHook;
    private volatile EmbeddedPostgres embedded;
    private int port;
    private boolean failedStart;
    private boolean closed;

    private RestartablePostgres(Path directory) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.log = directory.resolve("postgres.log");
        this.shutdownHook = new Thread(this::stopAtExit, "restartable-postgres-shutdown");
    }

    /** Creates a new cluster in a temporary directory, starts it on a free port and creates {@value #DATABASE}. */
    public static RestartablePostgres start() {
        Path directory = ServerDirectories.create("restartable-postgres-", "restartable PostgreSQL");
        RestartablePostgres postgres = new RestartablePostgres(directory);
        Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
        try {
            postgres.launch();
            postgres.createDatabase();
            LOG.info(() -> "restartable PostgreSQL ready on port " + postgres.port + ", data in " + directory);
            return postgres;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The application database, on the same host and port before and after a restart. */
    public synchronized PostgresDatabase database() {
        return new PostgresDatabase(HOST, port, DATABASE, USER, "");
    }

    /** A new JDBC connection to {@link #database()}; the caller closes it. */
    public Connection connect() throws SQLException {
        PostgresDatabase database = database();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** Whether the postmaster process named in the data directory is alive (it may still be starting or stopping). */
    public boolean running() {
        return postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Stops the server as an operator would ({@code pg_ctl stop -m fast}: sessions are ended, data is
     * checkpointed and kept) and waits until the postmaster has exited. Does nothing if it is not running.
     */
    public synchronized void stop() {
        EmbeddedPostgres current = embedded;
        embedded = null;
        if (current == null) {
            return;
        }
        closeQuietly(current);
        if (!awaitStopped(STOP_WAIT)) {
            throw failure("did not stop within " + STOP_WAIT.toSeconds() + " s",
                    "see the server log below; kill the postmaster (pid " + postmasterPid().orElse(-1L) + ") by hand");
        }
    }

    /** Stops the server if it runs, then starts it again on the same port with the same data directory. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the restartable PostgreSQL on port " + port
                    + " is closed; start a new one with RestartablePostgres.start()");
        }
        stop();
        launch();
        LOG.info(() -> "restartable PostgreSQL ready again on port " + port);
    }

    /** Stops the server and deletes its directory, data and log included. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            ServerDirectories.delete(directory);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already exiting; the hook finds nothing left to do.
            }
        }
    }

    /** The directory holding the data directory and the log. */
    Path directory() {
        return directory;
    }

    /**
     * Starts postgres with zonky, which runs initdb only when the data directory holds no cluster yet
     * (and it is not to be cleaned), so a restart reuses the data as it is.
     */
    private void launch() {
        if (failedStart) {
            throw new IllegalStateException("the restartable PostgreSQL on port " + port + " cannot start again:"
                    + " an earlier start failed, and zonky keeps the lock it took on the data directory with no"
                    + " way to release it. Fix: close it and start a new one with RestartablePostgres.start()");
        }
        if (port != 0 && !portFree()) {
            // zonky would wait the whole startup timeout for a postmaster that exited at once.
            throw failure("cannot start: another process took port " + port + " while it was stopped",
                    "stop that process, or close this one and start a new one (it picks a free port)");
        }
        try {
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // A process restart keeps what the OS has cached; only a machine crash would need fsync.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            port = embedded.getPort();
        } catch (IOException | RuntimeException e) {
            failedStart = true;
            // A postmaster that came up after zonky gave up waiting has no owner left but this.
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
            throw failure("did not start: " + e, port == 0
                    ? "as root it runs postgres inside a user namespace, which needs `unshare` (util-linux) and"
                            + " unprivileged user namespaces enabled; otherwise run the tests as a non-root user"
                    : "see the server log below", e);
        }
    }

    private boolean portFree() {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(
                        new PostgresDatabase(HOST, port, "postgres", USER, "").jdbcUrl(), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw failure("did not create database " + DATABASE + ": " + e.getMessage(), "see the server log below", e);
        }
    }

    private boolean awaitStopped(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !running();
            }
        }
        return true;
    }

    /** The first line of {@code postmaster.pid}, which postgres writes on start and removes on a clean stop. */
    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the postmaster's pid in " + dataDirectory, e);
        }
    }

    /** Runs at JVM exit without the lock: a test thread may hold it while the JVM goes down. */
    private void stopAtExit() {
        EmbeddedPostgres current = embedded;
        if (current != null) {
            // zonky's own hook may be stopping the same server; wait for the postmaster either way.
            closeQuietly(current);
            awaitStopped(Duration.ofSeconds(10));
        }
        ServerDirectories.delete(directory);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "restartable PostgreSQL did not stop cleanly", e);
        }
    }

    private IllegalStateException failure(String what, String fix) {
        return failure(what, fix, null);
    }

    private IllegalStateException failure(String what, String fix, Throwable cause) {
        return new IllegalStateException("The restartable PostgreSQL" + (port == 0 ? "" : " on port " + port) + " "
                + what + ". Fix: " + fix + ".\n--- end of " + log + " ---\n" + ServerDirectories.tail(log), cause);
    }
}
