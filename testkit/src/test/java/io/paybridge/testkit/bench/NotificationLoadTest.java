package io.paybridge.testkit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest benchmark's client: every body sent once, its own answer recorded, the schedule kept, failures counted. */
class NotificationLoadTest {

    private static final long MILLIS = 1_000_000L;

    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aClosedLoopSendsEveryBodyOnceOverItsKeptAliveConnectionsAndRecordsItsOwnAnswer() throws Exception {
        URI endpoint = serve(0, false);
        List<byte[]> bodies = bodies(300);

        NotificationLoad.Run run;
        try (NotificationLoad load = new NotificationLoad(endpoint, 4)) {
            run = load.send(bodies, 0);
        }

        assertThat(run.failures()).isEmpty();
        assertThat(requests).hasValue(300);
        assertThat(clientPorts).hasSizeLessThanOrEqualTo(4);
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(run.status()[i]).isEqualTo(200);
            assertThat(new String(run.replies()[i], StandardCharsets.UTF_8)).isEqualTo("ack " + i);
            assertThat(run.latencyNanos()[i]).isEqualTo(run.serviceNanos()[i]).isPositive();
        }
        assertThat(run.wallNanos()).isPositive();
    }

    @Test
    void aScheduledBodyThatFindsEveryConnectionBusyCountsItsWaitInItsLatency() throws Exception {
        URI endpoint = serve(50, false);

        NotificationLoad.Run run;
        try (NotificationLoad load = new NotificationLoad(endpoint, 1)) {
            run = load.send(bodies(5), 100); // due every 10 ms, answered after 50 ms each
        }

        assertThat(run.failures()).isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(run.serviceNanos()[i]).isGreaterThanOrEqualTo(50 * MILLIS);
            assertThat(run.latencyNanos()[i]).isGreaterThanOrEqualTo(run.serviceNanos()[i]);
        }
        // the fifth was due at 40 ms and could not be sent before the fourth was answered, at 200 ms or later
        assertThat(run.latencyNanos()[4] - run.serviceNanos()[4]).isGreaterThanOrEqualTo(150 * MILLIS);
    }

    @Test
    void aServerThatClosesEachConnectionAfterItsAnswerIsReconnectedTo() throws Exception {
        URI endpoint = serve(0, true);

        NotificationLoad.Run run;
        try (NotificationLoad load = new NotificationLoad(endpoint, 2)) {
            run = load.send(bodies(20), 0);
        }

        assertThat(run.failures()).isEmpty();
        assertThat(clientPorts).hasSize(20);
        assertThat(IntStream.range(0, 20).map(i -> run.status()[i])).containsOnly(200);
    }

    @Test
    void bodiesNobodyAnswersAreFailuresNotAHang() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        NotificationLoad.Run run;
        try (NotificationLoad load = new NotificationLoad(URI.create("http://127.0.0.1:" + closedPort + "/notifications/trustly"), 2)) {
            run = load.send(bodies(6), 0);
        }

        assertThat(run.failures()).hasSize(6).allSatisfy(failure -> assertThat(failure).contains("Connection refused"));
        assertThat(Arrays.asList(run.replies())).containsOnlyNulls();
    }

    /** A server answering {@code ack <body>} after {@code delayMillis}, closing each connection if {@code close}. */
    private URI serve(long delayMillis, boolean close) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/notifications/trustly", exchange -> answer(exchange, delayMillis, close));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notifications/trustly");
    }

    private void answer(HttpExchange exchange, long delayMillis, boolean close) throws IOException {
        requests.incrementAndGet();
        clientPorts.add(exchange.getRemoteAddress().getPort());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] answer = ("ack " + body).getBytes(StandardCharsets.UTF_8);
        if (close) {
            exchange.getResponseHeaders().add("Connection", "close");
        }
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static List<byte[]> bodies(int n) {
        return IntStream.range(0, n).mapToObj(i -> Integer.toString(i).getBytes(StandardCharsets.UTF_8)).toList();
    }
}
