package io.paybridge.testkit.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Posts prepared notification bodies to the ingest over {@code connections} kept-alive connections, each
 * sending its next body as soon as the previous one is answered (closed loop) or when the schedule of a
 * fixed rate says so. It records each reply and its latency: from the scheduled send time when a rate is
 * set (a request that waits for a free connection adds that wait, so a backlog is not hidden), else from
 * the send.
 *
 * <p>The client shares the machine's two cores with the stack it measures, so it is lean: a thread per
 * connection with blocking socket calls and bodies prepared beforehand. A Vert.x client took 0.15–0.18 cores at
 * 1,000 requests/s here, CPU the ingest then did not have.
 */
final class NotificationLoad implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Every connection thread is started and waiting before the first request is due. */
    private static final long START_DELAY_NANOS = 50_000_000L;

    private final List<PostConnection> connections = new ArrayList<>();

    NotificationLoad(URI endpoint, int connections) {
        for (int c = 0; c < connections; c++) {
            this.connections.add(new PostConnection(endpoint, TIMEOUT));
        }
    }

    /** What one run got back, by index of the body sent. */
    record Run(int[] status, byte[][] replies, long[] latencyNanos, long[] serviceNanos, long[] answeredAtNanos, long wallNanos,
            List<String> failures) {

        /** Acknowledgements per second over the whole run. */
        double perSecond() {
            return status.length * 1e9 / wallNanos;
        }
    }

    /**
     * Sends every body, as fast as the connections allow ({@code rate} 0: each connection sends the next body
     * when the previous is answered) or at {@code rate} per second: body i is due at {@code i / rate} seconds,
     * and the first connection free at or after that time sends it, so a body that finds every connection busy
     * waits for one, and that wait counts in its latency.
     */
    Run send(List<byte[]> bodies, double rate) throws InterruptedException {
        int n = bodies.size();
        Recorder recorder = new Recorder(n);
        long start = System.nanoTime() + START_DELAY_NANOS;
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        AtomicInteger next = new AtomicInteger();
        onEveryConnection("ingest-load", connection -> {
            waitUntil(start);
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                long sent;
                long scheduled;
                if (rate > 0) {
                    scheduled = start + i * interval;
                    waitUntil(scheduled);
                    sent = System.nanoTime();
                } else {
                    scheduled = sent = System.nanoTime();
                }
                try {
                    HttpAnswer answer = connection.post(bodies.get(i));
                    long answered = System.nanoTime();
                    recorder.answered(i, answer, answered - scheduled, answered - sent, answered);
                } catch (IOException e) {
                    long answered = System.nanoTime();
                    recorder.failed(i, e, answered - scheduled, answered);
                }
            }
        });
        return new Run(recorder.status, recorder.replies, recorder.latency, recorder.service, recorder.answeredAt,
                Arrays.stream(recorder.answeredAt).max().orElse(start) - start, List.copyOf(recorder.failures));
    }

    /** How a warm-up went: notifications answered 200, answered otherwise, and not answered (with the first failure). */
    record WarmUp(int answered, int refused, int failed, String firstFailure) {
    }

    /** Sends bodies made on the fly, closed loop, until {@code duration} has passed. */
    WarmUp warmUp(IntFunction<byte[]> body, Duration duration) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        onEveryConnection("ingest-warm-up", connection -> {
            while (System.nanoTime() < end) {
                try {
                    (connection.post(body.apply(next.getAndIncrement())).status() == 200 ? answered : refused).incrementAndGet();
                } catch (IOException e) {
                    failed.incrementAndGet();
                    failures.add(e.toString());
                }
            }
        });
        return new WarmUp(answered.get(), refused.get(), failed.get(), failures.isEmpty() ? "" : failures.get(0));
    }

    /** Runs {@code work} on a thread of its own for each connection and waits until all have ended. */
    private void onEveryConnection(String name, Consumer<PostConnection> work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections.size(); c++) {
            PostConnection connection = connections.get(c);
            Thread thread = new Thread(() -> work.accept(connection), name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void waitUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void close() {
        connections.forEach(PostConnection::close);
    }

    /** What the replies of one run were, each index written by the one thread that sent it, read after all ended. */
    private static final class Recorder {

        final int[] status;
        final byte[][] replies;
        final long[] latency;
        final long[] service;
        final long[] answeredAt;
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Recorder(int n) {
            status = new int[n];
            replies = new byte[n][];
            latency = new long[n];
            service = new long[n];
            answeredAt = new long[n];
        }

        void answered(int index, HttpAnswer answer, long latencyNanos, long serviceNanos, long at) {
            status[index] = answer.status();
            replies[index] = answer.body();
            latency[index] = latencyNanos;
            service[index] = serviceNanos;
            answeredAt[index] = at;
        }

        void failed(int index, IOException cause, long latencyNanos, long at) {
            failures.add("notification " + index + ": " + cause);
            latency[index] = latencyNanos;
            service[index] = latencyNanos;
            answeredAt[index] = at;
        }
    }
}
