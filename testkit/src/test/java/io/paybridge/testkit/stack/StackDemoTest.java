package io.paybridge.testkit.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackDemoTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final StackSettings settings = new StackSettings(Path.of("/tmp/unused"), 15432, 19092, 8090, 8082, 8081, 8083, 8084);

    @Test
    void passingStepsArePrintedNumberedWithTheirResults() {
        boolean passed = demo(step("first", "one"), step("second", "two")).run(settings);

        assertThat(passed).isTrue();
        assertThat(printed()).containsSubsequence(
                "[1/2] first ...", "    one", "    ok (",
                "[2/2] second ...", "    two", "    ok (",
                "where to look:", "http://localhost:8081/q/metrics",
                "demo passed: 2 of 2 steps ok");
    }

    @Test
    void aFailingStepFailsTheDemoAndTheOthersStillRun() {
        DemoStep failing = new DemoStep() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String run(StackSettings ignored) {
                throw new StackException("nothing listens on 19092");
            }
        };

        boolean passed = demo(failing, step("after", "still ran")).run(settings);

        assertThat(passed).isFalse();
        assertThat(printed()).containsSubsequence(
                "[1/2] broken ...", "    FAILED: nothing listens on 19092",
                "[2/2] after ...", "    still ran",
                "demo FAILED: 1 of 2 steps failed:", "  [1/2] broken");
    }

    @Test
    void theDemoChecksPostgresTopicsAvroTokensTheSandboxTheIngestCheckoutAndPayoutInThatOrder() {
        assertThat(StackDemo.steps()).extracting(DemoStep::name).containsExactly(
                "PostgreSQL answers", "Kafka has every catalog topic",
                "an Avro event makes the round trip through payments.events.v1", "a development token verifies",
                "psp-sandbox: a signed Deposit, approved, notified and acknowledged",
                "notification-ingest-service: the sandbox's notifications verified, stored, acknowledged and published",
                "checkout-service: a deposit created, approved in the sandbox, CREDITED, and its events",
                "payout-service: part of a deposit refunded, sent when the sandbox settles, CONFIRMED",
                "reconciliation-service: the day settled in the sandbox, pulled and reconciled");
    }

    private StackDemo demo(DemoStep... steps) {
        return new StackDemo(List.of(steps), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static DemoStep step(String name, String result) {
        return new DemoStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run(StackSettings ignored) {
                return result;
            }
        };
    }
}
