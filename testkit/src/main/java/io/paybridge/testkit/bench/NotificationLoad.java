package io.paybridge.testkit.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts prepared notification bodies to the ingest over {@code connections} kept-alive connections, each
 * sending its next body as soon as the previous one is answered (closed loop) or when the schedule of a
 * fixed rate says so. It records each reply and its latency: from the scheduled send time when a rate is
 * set (a sender that falls behind adds its delay, so a backlog is not hidden), else from the send. The
 * I/O runs on one Vert.x event loop, so the client takes little of the CPU it shares with the stack.
 */
final class NotificationLoad implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Vertx vertx = Vertx.vertx();
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
    record Run(int[] status, byte[][] replies, long[] latencyNanos, long[] serviceNanos, long wallNanos, List<String> failures) {

        /** Acknowledgements per second over the whole run. */
        double perSecond() {
            return status.length * 1e9 / wallNanos;
        }
    }

    /** Sends every body, as fast as the connections allow ({@code rate} 0) or {@code rate} per second. */
    Run send(List<byte[]> bodies, double rate) throws InterruptedException {
        int n = bodies.size();
        int[] status = new int[n];
        byte[][] replies = new byte[n][];
        long[] latency = new long[n];
        long[] service = new long[n];
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread sender = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long scheduled = start + i * interval;
                    for (long wait = scheduled - System.nanoTime(); wait > 0; wait = scheduled - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    long sent = System.nanoTime();
                    try {
                        Reply reply = post(bodies.get(i));
                        long answered = System.nanoTime();
                        status[i] = reply.status();
                        replies[i] = reply.body();
                        service[i] = answered - sent;
                        latency[i] = answered - (interval > 0 ? scheduled : sent);
                    } catch (ExecutionException | TimeoutException e) {
                        failures.add("notification " + i + ": " + (e.getCause() == null ? e : e.getCause()));
                        service[i] = latency[i] = System.nanoTime() - sent;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "ingest-load-" + c);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return new Run(status, replies, latency, service, System.nanoTime() - start, List.copyOf(failures));
    }

    private Reply post(byte[] body) throws ExecutionException, TimeoutException, InterruptedException {
        return http.request(request)
                .compose(sent -> sent.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(answer -> new Reply(response.statusCode(), answer.getBytes())))
                .toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        http.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private record Reply(int status, byte[] body) {
    }
}
