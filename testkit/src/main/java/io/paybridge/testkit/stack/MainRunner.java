package io.paybridge.testkit.stack;

/**
 * Runs the body of a local stack main and turns failures into one clear line on stderr and an
 * exit status (2 for usage errors, 1 otherwise) instead of a stack trace.
 */
public final class MainRunner {

    /** The body of a main. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private MainRunner() {}

    public static void run(String program, Body body) {
        try {
            body.run();
        } catch (UsageException e) {
            System.err.println(program + ": " + e.getMessage());
            System.exit(2);
        } catch (StackException e) {
            System.err.println(program + ": " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println(program + ": unexpected failure: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }
}
