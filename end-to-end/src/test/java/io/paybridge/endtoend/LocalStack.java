package io.paybridge.endtoend;

import io.paybridge.testkit.stack.StackSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./paybridge} run as a user runs it, for a test: its state in the test's directory and every port
 * a free one, passed as the script's environment (which the components it starts inherit).
 */
final class LocalStack {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private static final List<String> PORT_VARIABLES = List.of("PAYBRIDGE_POSTGRES_PORT", "PAYBRIDGE_KAFKA_PORT",
            "PAYBRIDGE_KAFKA_CONTROLLER_PORT", "PAYBRIDGE_PSP_SANDBOX_PORT", "PAYBRIDGE_NOTIFICATION_INGEST_SERVICE_PORT",
            "PAYBRIDGE_CHECKOUT_SERVICE_PORT", "PAYBRIDGE_PAYOUT_SERVICE_PORT", "PAYBRIDGE_RECONCILIATION_SERVICE_PORT");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    private static final int FIRST_PORT = 20_000;
    private static final int LAST_PORT = 32_000;
    /** Where this JVM starts looking, apart from another JVM's start (each stack takes the next eight ports). */
    private static final AtomicInteger NEXT_PORT =
            new AtomicInteger((int) (ProcessHandle.current().pid() * 97 % (LAST_PORT - FIRST_PORT)));

    private final Path state;
    private final Map<String, String> env = new HashMap<>();

    LocalStack(Path state) throws IOException {
        this.state = state;
        env.put("PAYBRIDGE_STATE_DIR", state.toString());
        for (String variable : PORT_VARIABLES) {
            env.put(variable, Integer.toString(freePort()));
        }
    }

    /** Adds a variable to the script's environment, e.g. a setting of a service it starts. */
    LocalStack with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    /** The value of one of the script's variables (a port). */
    String env(String variable) {
        return env.get(variable);
    }

    /** The settings the stack's Java tools read from the same environment. */
    StackSettings settings() {
        return StackSettings.from(env);
    }

    /** Runs {@code ./paybridge ARGUMENTS...} and returns its exit code and output (stdout and stderr). */
    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("paybridge").toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(state, "paybridge", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("./paybridge " + String.join(" ", arguments) + " did not finish in "
                    + COMMAND_TIMEOUT.toMinutes() + " minutes");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /**
     * A port nothing listens on, below the kernel's ephemeral range (32768–60999 on Linux). A port the kernel picks for
     * {@code bind(0)} is an ephemeral one, which it may give to any outgoing connection (a Kafka or PostgreSQL client of
     * a service started meanwhile) before the service meant to have it binds it: payout-service, started last, once
     * found its port taken that way.
     */
    private static int freePort() throws IOException {
        for (int tried = 0; tried < LAST_PORT - FIRST_PORT; tried++) {
            int port = FIRST_PORT + Math.floorMod(NEXT_PORT.getAndIncrement(), LAST_PORT - FIRST_PORT);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // taken: try the next one
            }
        }
        throw new IOException("no free port between " + FIRST_PORT + " and " + LAST_PORT);
    }

    /** What a command did. */
    record Result(int exitCode, String output) {}
}
