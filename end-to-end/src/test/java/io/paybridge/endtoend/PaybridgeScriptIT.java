package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.endtoend.LocalStack.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command, run for real: {@code ./paybridge up}, {@code status}, {@code token},
 * {@code demo} and {@code down} against a stack on free ports with its state in a temporary
 * directory, as a user runs them.
 */
class PaybridgeScriptIT {

    @TempDir
    Path state;

    private LocalStack stack;

    @BeforeEach
    void freePorts() throws IOException {
        stack = new LocalStack(state);
    }

    @AfterEach
    void down() throws Exception {
        run("down");
    }

    @Test
    void upStatusTokenDemoAndDownWorkAsTheReadmeSays() throws Exception {
        Result up = run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("Paybridge is up.").contains("created 8 of 8 catalog topics");

        assertThat(up.output()).containsSubsequence("psp-sandbox ready", "starting notification-ingest-service",
                "notification-ingest-service ready");
        assertThat(state.resolve("psp-sandbox/signing-key.pem")).exists();
        Path merchant = state.resolve("merchant");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(merchant.resolve("private.pem"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(merchant.resolve("psp-public-key.pem"))).isEqualTo(sandbox("/sandbox/public-key"));
        String password = Files.readString(merchant.resolve("password")).trim();
        assertThat(up.output()).as("the merchant password is never printed").doesNotContain(password);

        Result again = run("up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("already running");

        Result status = run("status");
        assertThat(status.output()).containsPattern("postgres +running")
                .containsPattern("kafka +running")
                .containsPattern("psp-sandbox +running")
                .containsPattern("notification-ingest-service +running")
                .containsPattern("checkout-service +running")
                .containsPattern("payout-service +running")
                .contains(stack.env("PAYBRIDGE_KAFKA_PORT"));

        Result token = run("token", "payments:read");
        assertThat(token.exitCode()).isZero();
        assertThat(token.output().trim()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(run("token", "payments:everything").exitCode()).isEqualTo(2);

        Result demo = run("demo");
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("demo passed").doesNotContain(password)
                .containsPattern("payments.notifications.v1 \\(key \\d{10}\\): ")
                .contains("pending (notificationid ").contains("credit (notificationid ")
                .containsPattern("GET /v1/orders/dep_[0-9a-f]{24}: CREDITED")
                .contains("DepositInitiated -> DepositPending -> DepositCredited")
                .containsPattern("GET /v1/refunds/rfd_[0-9a-f]+: CONFIRMED")
                .contains("RefundRequested -> RefundAccepted -> RefundConfirmed")
                .contains("reconciliation-service: the day settled in the sandbox, pulled and reconciled")
                .containsPattern("settlement report of \\d{4}-\\d{2}-\\d{2}: \\d+ rows; reconciliation [0-9a-f-]{36}, FINISHED")
                .containsPattern("residual EUR: -?\\d+\\.\\d{2}")
                .contains("where to look:", "/q/metrics")
                .containsPattern("traces: off on this stack; the demo's requests all carried trace [0-9a-f]{32}");
        String order = firstMatch(demo.output(), "-> order (\\d{10})");
        String sandboxKey = sandbox("/sandbox/public-key");

        assertThat(run("down").exitCode()).isZero();
        Result restarted = run("up");
        assertThat(restarted.exitCode()).as(restarted.output()).isZero();
        assertThat(sandbox("/sandbox/public-key")).as("the sandbox keeps its signing key").isEqualTo(sandboxKey);
        assertThat(Files.readString(merchant.resolve("password")).trim()).as("the merchant keeps its password").isEqualTo(password);
        assertThat(sandbox("/sandbox/notifications?orderid=" + order)).as("the sandbox keeps its orders and notifications")
                .contains("\"method\":\"pending\"").contains("\"method\":\"credit\"").contains("\"state\":\"DELIVERED\"");

        Result down = run("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(run("status").output()).containsPattern("postgres +stopped").containsPattern("kafka +stopped")
                .containsPattern("psp-sandbox +stopped");
    }

    private Result run(String... arguments) throws Exception {
        return stack.run(arguments);
    }

    private String sandbox(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + stack.env("PAYBRIDGE_PSP_SANDBOX_PORT") + path)).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String firstMatch(String text, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'%s' in%n%s", regex, text).isTrue();
        return matcher.group(1);
    }
}
