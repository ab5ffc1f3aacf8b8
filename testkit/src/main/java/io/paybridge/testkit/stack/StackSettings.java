package io.paybridge.testkit.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its state and which ports it listens on, read from the same
 * environment variables (and defaults) as the {@code ./paybridge} script.
 */
public record StackSettings(Path stateDir, int postgresPort, int kafkaPort, int sandboxPort, int ingestPort,
        int checkoutPort, int payoutPort, int reconciliationPort) {

    /** The PostgreSQL database the services use. */
    public static final String DATABASE = "paybridge";

    /** The PostgreSQL superuser of the embedded server (trust authentication on localhost). */
    public static final String DATABASE_USER = "postgres";

    static final int DEFAULT_POSTGRES_PORT = 15432;
    static final int DEFAULT_KAFKA_PORT = 19092;
    static final int DEFAULT_SANDBOX_PORT = 8090;
    static final int DEFAULT_INGEST_PORT = 8082;
    static final int DEFAULT_CHECKOUT_PORT = 8081;
    static final int DEFAULT_PAYOUT_PORT = 8083;
    static final int DEFAULT_RECONCILIATION_PORT = 8084;

    /** The settings of the current process's environment. */
    public static StackSettings fromEnvironment() {
        return from(System.getenv());
    }

    /** The settings of the given environment. */
    public static StackSettings from(Map<String, String> env) {
        Path stateDir = Path.of(env.getOrDefault("PAYBRIDGE_STATE_DIR", ".paybridge")).toAbsolutePath();
        return new StackSettings(
                stateDir,
                port(env, "PAYBRIDGE_POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
                port(env, "PAYBRIDGE_KAFKA_PORT", DEFAULT_KAFKA_PORT),
                port(env, "PAYBRIDGE_PSP_SANDBOX_PORT", DEFAULT_SANDBOX_PORT),
                port(env, "PAYBRIDGE_NOTIFICATION_INGEST_SERVICE_PORT", DEFAULT_INGEST_PORT),
                port(env, "PAYBRIDGE_CHECKOUT_SERVICE_PORT", DEFAULT_CHECKOUT_PORT),
                port(env, "PAYBRIDGE_PAYOUT_SERVICE_PORT", DEFAULT_PAYOUT_PORT),
                port(env, "PAYBRIDGE_RECONCILIATION_SERVICE_PORT", DEFAULT_RECONCILIATION_PORT));
    }

    /** The Kafka bootstrap servers of the local broker. */
    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The base URL of psp-sandbox. */
    public java.net.URI sandboxUrl() {
        return java.net.URI.create("http://localhost:" + sandboxPort);
    }

    /** The base URL of notification-ingest-service. */
    public java.net.URI ingestUrl() {
        return java.net.URI.create("http://localhost:" + ingestPort);
    }

    /** The base URL of checkout-service. */
    public java.net.URI checkoutUrl() {
        return java.net.URI.create("http://localhost:" + checkoutPort);
    }

    /** The base URL of payout-service. */
    public java.net.URI payoutUrl() {
        return java.net.URI.create("http://localhost:" + payoutPort);
    }

    /** The base URL of reconciliation-service. */
    public java.net.URI reconciliationUrl() {
        return java.net.URI.create("http://localhost:" + reconciliationPort);
    }

    /** The directory holding Paybridge's merchant credentials at psp-sandbox ({@link SandboxMerchant}). */
    public Path merchantDir() {
        return stateDir.resolve("merchant");
    }

    /** The JDBC URL of the {@value #DATABASE} database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** The JDBC URL of the given database on the local server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** The directory holding the development JWT key pair. */
    public Path jwtDir() {
        return stateDir.resolve("jwt");
    }

    /** The PostgreSQL data directory, kept across restarts. */
    public Path postgresDataDir() {
        return stateDir.resolve("postgres");
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }
}
