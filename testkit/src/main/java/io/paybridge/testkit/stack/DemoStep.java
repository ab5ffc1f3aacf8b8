package io.paybridge.testkit.stack;

/** One named step of the local stack demo; returns what it showed, or throws to fail the demo. */
public interface DemoStep {

    /** What the step shows, as printed before it runs. */
    String name();

    /** Runs the step against the running stack and returns a one-line (or few-line) result. */
    String run(StackSettings settings) throws Exception;
}
