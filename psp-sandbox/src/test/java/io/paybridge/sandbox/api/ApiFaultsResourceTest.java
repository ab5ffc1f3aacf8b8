package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The API's faults: the call is executed and committed, then the merchant sees a 620 or nothing; and latency. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ApiFaultsResourceTest extends MerchantApiTest {

    @AfterEach
    void noFaults() {
        given().contentType("application/json").body("{}").put("/sandbox/faults").then().statusCode(200);
    }

    @Test
    void anErrorAfterExecutingHidesTheResultWhichARetryWithTheSameUuidGets() {
        faults(Map.of("errorsAfterExecuting", 1, "methods", List.of("Deposit")));
        ObjectNode deposit = TrustlyRequests.deposit();
        String uuid = UUID.randomUUID().toString();

        Reply hidden = merchant.call("Deposit", uuid, deposit);

        assertThat(hidden.errorCode(sandbox)).isEqualTo(620);
        assertThat(hidden.errorMessage()).isEqualTo("ERROR_UNKNOWN");
        assertThat(hidden.uuid()).isEqualTo(uuid);
        List<SandboxOrder> created = fixtures.ordersWithMessageId(merchant.username(), deposit.get("MessageID").asText());
        assertThat(created).hasSize(1);

        Reply retried = merchant.call("Deposit", uuid, deposit);

        assertThat(retried.data(sandbox).get("orderid").asLong()).isEqualTo(created.get(0).orderId);
        assertThat(fixtures.ordersWithMessageId(merchant.username(), deposit.get("MessageID").asText())).hasSize(1);
    }

    @Test
    void faultsForOtherMethodsLeaveThisOneAlone() {
        faults(Map.of("errorsAfterExecuting", 1, "methods", List.of("Refund")));

        assertThat(merchant.call("Deposit", TrustlyRequests.deposit()).data(sandbox).has("orderid")).isTrue();
    }

    @Test
    void aDroppedConnectionHidesAnExecutedCall() throws IOException {
        faults(Map.of("dropsAfterExecuting", 1));
        ObjectNode deposit = TrustlyRequests.deposit();
        String uuid = UUID.randomUUID().toString();
        byte[] body = JsonRpc.write(merchant.request("Deposit", uuid, deposit));

        byte[] received = rawPost(body);

        assertThat(received).isEmpty();
        List<SandboxOrder> created = fixtures.ordersWithMessageId(merchant.username(), deposit.get("MessageID").asText());
        assertThat(created).hasSize(1);
        assertThat(merchant.call("Deposit", uuid, deposit).data(sandbox).get("orderid").asLong()).isEqualTo(created.get(0).orderId);
    }

    @Test
    void latencyDelaysEveryAnswerWithoutHoldingOthersUp() {
        faults(Map.of("latencyMs", 1000));
        HttpClient client = HttpClient.newHttpClient();
        List<HttpRequest> requests = IntStream.range(0, 12)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/1"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonRpc.write(
                                merchant.request("Balance", UUID.randomUUID().toString(), TrustlyRequests.none()))))
                        .build())
                .toList();

        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<byte[]>>> answers = requests.stream()
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())).toList();
        answers.forEach(CompletableFuture::join);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        // Every answer waited its second; one after another the twelve would take at least 12 s. The bound is half
        // of that rather than a tight figure, so a loaded machine cannot fail the test while a serialising sandbox must.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1000)).isLessThan(Duration.ofSeconds(6));
        answers.forEach(answer -> assertThat(Reply.of(answer.join().body()).data(sandbox).isArray()).isTrue());
    }

    private static void faults(Map<String, Object> api) {
        given().contentType("application/json").body(Map.of("api", api)).put("/sandbox/faults").then().statusCode(200);
    }

    /** A plain HTTP/1.1 POST on a socket, answering every byte received until the server closed the connection. */
    private static byte[] rawPost(byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(received);
            } catch (SocketException reset) {
                // a reset is a closed connection too
            }
            return received.toByteArray();
        }
    }
}
