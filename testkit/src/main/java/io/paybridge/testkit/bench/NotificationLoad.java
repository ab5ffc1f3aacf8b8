package io.paybridge.testkit.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Posts prepared notification bodies to the ingest over {@code connections} kept-alive connections, each
 * sending its next body as soon as the previous one is answered (closed loop) or when the schedule of a
 * fixed rate says so. It records each reply and its latency: from the scheduled send time when a rate is
 * set (a request that waits for a free connection adds that wait, so a backlog is not hidden), else from
 * the send. The I/O runs on one Vert.x event loop, so the client takes little of the CPU it shares with the stack.
 */
final class NotificationLoad implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Vertx vertx = Vertx.vertx();
    private final Context context = vertx.getOrCreateContext();
    private final HttpClient http;
    private final RequestOptions request;
    private final int connections;

    NotificationLoad(URI endpoint, int connections) {
        this.connections = connections;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections));
        this.request = new RequestOptions().setMethod(HttpMethod.POST).setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI(endpoint.getPath()).putHeader("Content-Type", "application/json")
                .setTimeout(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
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
     * when the previous is answered) or at {@code rate} per second (a request finding every connection busy
     * waits for one, and that wait counts in its latency). Requests are asynchronous: no thread per connection.
     */
    Run send(List<byte[]> bodies, double rate) throws InterruptedException {
        Recorder recorder = new Recorder(bodies.size());
        long start = System.nanoTime() + 50_000_000L;
        if (rate > 0) {
            long interval = (long) (1e9 / rate);
            for (int i = 0; i < bodies.size(); i++) {
                long scheduled = start + i * interval;
                waitUntil(scheduled);
                post(bodies.get(i), i, scheduled, recorder, null);
            }
        } else {
            waitUntil(start);
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < Math.min(connections, bodies.size()); c++) {
                nextInLane(bodies, next, recorder);
            }
        }
        if (!recorder.done.await(bodies.size() * TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the load run did not end: " + recorder.done.getCount() + " requests unanswered");
        }
        return new Run(recorder.status, recorder.replies, recorder.latency, recorder.service, recorder.answeredAt,
                Arrays.stream(recorder.answeredAt).max().orElse(start) - start,
                List.copyOf(recorder.failures));
    }

    private void nextInLane(List<byte[]> bodies, AtomicInteger next, Recorder recorder) {
        int i = next.getAndIncrement();
        if (i < bodies.size()) {
            post(bodies.get(i), i, System.nanoTime(), recorder, () -> nextInLane(bodies, next, recorder));
        }
    }

    private void post(byte[] body, int index, long scheduled, Recorder recorder, Runnable then) {
        long[] sent = {scheduled};
        exchange(body, () -> sent[0] = System.nanoTime()).onComplete(result -> {
            long answered = System.nanoTime();
            if (result.succeeded()) {
                recorder.answered(index, result.result(), answered - scheduled, answered - sent[0], answered);
            } else {
                recorder.failed(index, result.cause(), answered - scheduled, answered);
            }
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * One request and its reply, always started on the client's one context: requests started from many
     * threads at once left some waiting for a pooled connection forever (seen with Vert.x 4.5.26).
     */
    private Future<Reply> exchange(byte[] body, Runnable onConnection) {
        Promise<Reply> reply = Promise.promise();
        context.runOnContext(ignored -> http.request(request)
                .compose(connected -> {
                    onConnection.run();
                    return connected.send(Buffer.buffer(body));
                })
                .compose(response -> response.body().map(answer -> new Reply(response.statusCode(), answer.getBytes())))
                .onComplete(reply));
        return reply.future();
    }

    private static void waitUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** What the replies of one run were, filled in on the event loop and read once all arrived. */
    private static final class Recorder {

        final int[] status;
        final byte[][] replies;
        final long[] latency;
        final long[] service;
        final long[] answeredAt;
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done;

        Recorder(int n) {
            status = new int[n];
            replies = new byte[n][];
            latency = new long[n];
            service = new long[n];
            answeredAt = new long[n];
            done = new CountDownLatch(n);
        }

        void answered(int index, Reply reply, long latencyNanos, long serviceNanos, long at) {
            status[index] = reply.status();
            replies[index] = reply.body();
            latency[index] = latencyNanos;
            service[index] = serviceNanos;
            answeredAt[index] = at;
            end();
        }

        void failed(int index, Throwable cause, long latencyNanos, long at) {
            failures.add("notification " + index + ": " + cause);
            latency[index] = latencyNanos;
            service[index] = latencyNanos;
            answeredAt[index] = at;
            end();
        }

        private void end() {
            done.countDown();
        }
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
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread sender = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        (postAndWait(body.apply(next.getAndIncrement())).status() == 200 ? answered : refused).incrementAndGet();
                    } catch (ExecutionException | TimeoutException e) {
                        failed.incrementAndGet();
                        failures.add(String.valueOf(e.getCause() == null ? e : e.getCause()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "ingest-warm-up-" + c);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return new WarmUp(answered.get(), refused.get(), failed.get(), failures.isEmpty() ? "" : failures.get(0));
    }

    private Reply postAndWait(byte[] body) throws ExecutionException, TimeoutException, InterruptedException {
        return exchange(body, () -> { }).toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        http.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private record Reply(int status, byte[] body) {
    }
}
