package io.paybridge.testkit.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end demo behind {@code ./paybridge demo}: runs its named steps in order against the
 * running stack, prints progress and a summary, and fails if any step fails.
 */
public final class StackDemo {

    private final List<DemoStep> steps;
    private final PrintStream out;

    StackDemo(List<DemoStep> steps, PrintStream out) {
        this.steps = List.copyOf(steps);
        this.out = out;
    }

    /** The demo's steps, in the order they run; later features append theirs here. */
    static List<DemoStep> steps() {
        return List.of(
                new PostgresAnswersStep(),
                new CatalogTopicsExistStep(),
                new AvroRoundTripStep(),
                new DevTokenStep(),
                new SandboxDepositStep(),
                new IngestPipelineStep(),
                new CheckoutDepositStep(),
                new PayoutRefundStep(),
                new ReconciliationStep());
    }

    public static void main(String[] args) {
        MainRunner.run("demo", () -> {
            boolean passed = new StackDemo(steps(), System.out).run(StackSettings.fromEnvironment());
            if (!passed) {
                System.exit(1);
            }
        });
    }

    /** Runs every step (a failed step does not stop the others) and reports whether all passed. */
    boolean run(StackSettings settings) {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            String label = "[" + (i + 1) + "/" + steps.size() + "] " + step.name();
            out.println(label + " ...");
            long started = System.nanoTime();
            try {
                String result = step.run(settings);
                out.println(indent(result));
                out.printf("    ok (%d ms)%n", (System.nanoTime() - started) / 1_000_000);
            } catch (Exception e) {
                out.println("    FAILED: " + describe(e));
                failed.add(label);
            }
        }
        out.println();
        out.println(DemoObservability.describe(settings, System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT"), DemoTrace.traceId()));
        out.println();
        if (failed.isEmpty()) {
            out.println("demo passed: " + steps.size() + " of " + steps.size() + " steps ok");
            return true;
        }
        out.println("demo FAILED: " + failed.size() + " of " + steps.size() + " steps failed:");
        failed.forEach(label -> out.println("  " + label));
        return false;
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }

    private static String describe(Exception e) {
        if (e instanceof StackException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e + " (cause: " + root + ")";
    }
}
