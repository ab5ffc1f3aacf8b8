package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.stack.DevKeys;
import io.paybridge.testkit.stack.DevTokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The local stack exports traces to the OTLP endpoint given by the environment: {@code ./paybridge up} with
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} set (here a receiver of OTLP over HTTP that this test runs) starts the services
 * exporting, and a request's spans arrive there, in the request's trace, named by their service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceExportIT {

    private static final String TRACE_ID = "7a3c9e1f5b2d4c6e8f0a1b2c3d4e5f60";

    private final List<byte[]> exported = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private LocalStack stack;

    @BeforeAll
    void up(@org.junit.jupiter.api.io.TempDir Path state) throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                exported.add(body.readAllBytes());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        stack = new LocalStack(state)
                .with("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + receiver.getAddress().getPort())
                .with("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .with("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.5S");
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    void down() throws Exception {
        if (stack != null) {
            stack.run("down");
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aRequestsSpansReachTheCollectorInItsTraceNamedByTheirService() throws Exception {
        get("PAYBRIDGE_CHECKOUT_SERVICE_PORT", "/v1/orders?count=1", "payments:read");
        get("PAYBRIDGE_RECONCILIATION_SERVICE_PORT", "/v1/reconciliations?count=1", "reconciliation:read");

        byte[] traceId = HexFormat.of().parseHex(TRACE_ID);
        String trace = new String(traceId, StandardCharsets.ISO_8859_1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String all = latin1(exported);
        List<String> expected = List.of(trace, "checkout-service", "reconciliation-service", "/v1/orders", "/v1/reconciliations");
        while (!expected.stream().allMatch(all::contains) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            all = latin1(exported);
        }
        assertThat(exported).as("OTLP exports received").isNotEmpty();
        assertThat(all).as("an OTLP export holding the request's trace id").contains(trace);
        assertThat(all).contains("checkout-service", "reconciliation-service", "/v1/orders", "/v1/reconciliations");
    }

    private void get(String portVariable, String path, String role) throws Exception {
        String token = new DevTokens(DevKeys.loadOrCreate(stack.settings().jwtDir()), "e2e-traces", Duration.ofMinutes(10))
                .mint(List.of(role));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + stack.env(portVariable) + path))
                .header("Authorization", "Bearer " + token)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String latin1(List<byte[]> bodies) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] body : bodies) {
            all.write(body);
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}
