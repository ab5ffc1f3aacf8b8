package io.paybridge.testkit.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Main class of {@link RestartableKafka}'s child JVM: runs {@code kafka.Kafka} and exits once the parent JVM is gone. */
final class KafkaChild {

    /**
     * Printed to the broker log when the parent's end of standard input closes. The parent's
     * {@code Process.destroy()} closes it too, so the line also follows an ordinary stop.
     */
    static final String STDIN_CLOSED = "KafkaChild: standard input closed (the parent JVM stopped this broker or is gone)";

    private static final long HALT_AFTER_MILLIS = 30_000;

    private KafkaChild() {}

    public static void main(String[] args) {
        logToStandardOutput();
        Thread watcher = new Thread(KafkaChild::exitWhenParentGoes, "kafka-child-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
        kafka.Kafka.main(args);
    }

    /**
     * The parent holds the write end of this JVM's standard input and never writes to it. The kernel
     * closes that end when the parent ends in any way, SIGKILL included, which a shutdown hook in the
     * parent cannot cover; the read then returns end of stream and the broker stops as on SIGTERM.
     */
    private static void exitWhenParentGoes() {
        try (InputStream parent = System.in) {
            while (parent.read() != -1) {
                // Nothing is ever written; anything that is, is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same: the parent is gone.
        }
        System.err.println(STDIN_CLOSED);
        Thread halt = new Thread(KafkaChild::haltLater, "kafka-child-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(0);
    }

    /**
     * Sends every log record at INFO and above to standard output, which the parent keeps in
     * {@code kafka.log}. Without this the broker logs nothing: with the test class path comes
     * Quarkus' log manager set-up, which holds records back until a Quarkus application configures
     * logging, and none ever does in this JVM.
     */
    private static void logToStandardOutput() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT.%1$tL %4$s [%3$s] %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
    }

    /** A broker that does not finish stopping in time is halted: nobody is left to wait for it. */
    private static void haltLater() {
        try {
            Thread.sleep(HALT_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.println("KafkaChild: the broker did not stop within " + HALT_AFTER_MILLIS + " ms, halting");
        Runtime.getRuntime().halt(1);
    }
}
