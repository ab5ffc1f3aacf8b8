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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What a command did. */
    record Result(int exitCode, String output) {}
}
