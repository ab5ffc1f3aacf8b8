package io.paybridge.trustly.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.TestRequests;
import io.paybridge.trustly.api.report.BalanceEntry;
import io.paybridge.trustly.error.TrustlyInvalidCredentialsException;
import io.paybridge.trustly.error.TrustlyResponseVerificationException;
import io.paybridge.trustly.error.TrustlyTransportException;
import io.paybridge.trustly.error.TrustlyValidationException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client end to end over real HTTP against a local server playing Trustly. */
class TrustlyClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static Vertx vertx;
    private FakeTrustly trustly;
    private TrustlyClient client;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    @BeforeEach
    void startTrustly() {
        trustly = new FakeTrustly(vertx);
        client = new TrustlyClient(vertx, config(trustly.url(), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        trustly.close();
    }

    @Test
    void postsASignedJsonRequestAndReturnsTheVerifiedTypedResult() {
        trustly.answerResult(JsonRpc.mapper().createObjectNode().put("orderid", "1187741486").put("result", "1"));

        OrderResult result = client.send(TestRequests.refund()).await().atMost(WAIT);

        assertThat(result).isEqualTo(new OrderResult("1187741486", true));
        FakeTrustly.Received received = trustly.received().get(0);
        assertThat(received.contentType()).isEqualTo("application/json");
        assertThat(received.request().method()).isEqualTo("Refund");
        assertThat(received.request().uuid()).matches(UUID_PATTERN);
        assertThat(received.request().verifiedBy(TestKeys.verifier(TestKeys.MERCHANT))).isTrue();
        assertThat(received.request().data()).isEqualTo(TestRequests.CREDENTIALS.dataFor(TestRequests.refund()));
    }

    @Test
    void readsArrayResults() {
        trustly.answerResult(JsonRpc.parse("[{\"currency\":\"EUR\",\"balance\":\"10.83\"}]".getBytes(StandardCharsets.UTF_8)));

        List<BalanceEntry> balance = client.send(TestRequests.balance()).await().atMost(WAIT);

        assertThat(balance).containsExactly(new BalanceEntry("EUR", new BigDecimal("10.83")));
    }

    @Test
    void everySendHasAFreshUuid() {
        trustly.answerResult(JsonRpc.mapper().createObjectNode().put("orderid", "1").put("result", "1"));

        client.send(TestRequests.refund()).await().atMost(WAIT);
        client.send(TestRequests.refund()).await().atMost(WAIT);

        assertThat(trustly.received().get(0).request().uuid()).isNotEqualTo(trustly.received().get(1).request().uuid());
    }

    @Test
    void aResendWithTheCallersUuidIsTheIdenticalRequest() {
        String uuid = TrustlyClient.newUuid();
        trustly.answerResult(JsonRpc.mapper().createObjectNode().put("orderid", "1").put("result", "1"));

        client.send(TestRequests.refund(), uuid).await().atMost(WAIT);
        client.send(TestRequests.refund(), uuid).await().atMost(WAIT);

        assertThat(trustly.received()).hasSize(2);
        assertThat(trustly.received().get(0).request().uuid()).isEqualTo(uuid);
        assertThat(trustly.received().get(1).body()).isEqualTo(trustly.received().get(0).body());
    }

    @Test
    void aVerifiedErrorIsTheTypedException() {
        trustly.answer((request, response) -> FakeTrustly.json(response, 200, JsonRpc.error(request.method(),
                request.uuid(), 616, "ERROR_INVALID_CREDENTIALS", TestKeys.signer(TestKeys.TRUSTLY))));

        TrustlyInvalidCredentialsException e = catchThrowableOfType(TrustlyInvalidCredentialsException.class,
                () -> client.send(TestRequests.refund()).await().atMost(WAIT));

        assertThat(e.code()).isEqualTo(616);
        assertThat(e.uuid()).isEqualTo(trustly.received().get(0).request().uuid());
    }

    @Test
    void aResponseSignedByAnotherKeyIsUnverifiable() {
        trustly.answer((request, response) -> FakeTrustly.json(response, 200, JsonRpc.result(request.method(),
                request.uuid(), orderResult(), TestKeys.signer(TestKeys.STRANGER))));

        TrustlyResponseVerificationException e = catchThrowableOfType(TrustlyResponseVerificationException.class,
                () -> client.send(TestRequests.refund()).await().atMost(WAIT));

        assertThat(e.uuid()).isEqualTo(trustly.received().get(0).request().uuid());
        assertThat(e).hasMessageContaining("the signature does not verify");
    }

    @Test
    void aResponseForAnotherUuidIsUnverifiable() {
        trustly.answer((request, response) -> FakeTrustly.json(response, 200, JsonRpc.result(request.method(),
                TrustlyClient.newUuid(), orderResult(), TestKeys.signer(TestKeys.TRUSTLY))));

        assertThatThrownBy(() -> client.send(TestRequests.refund()).await().atMost(WAIT))
                .isInstanceOf(TrustlyResponseVerificationException.class)
                .hasMessageContaining("the response answers uuid");
    }

    @Test
    void aGatewayErrorPageIsATransportFailureThatMayHaveReachedTrustly() {
        trustly.answer((request, response) -> response.setStatusCode(502).putHeader("Content-Type", "text/html")
                .endAndForget(Buffer.buffer("<html><body>502 Bad Gateway</body></html>")));

        TrustlyTransportException e = catchThrowableOfType(TrustlyTransportException.class,
                () -> client.send(TestRequests.refund()).await().atMost(WAIT));

        assertThat(e).hasMessageContaining("HTTP 502 without a JSON-RPC body");
        assertThat(e.mayHaveReachedTrustly()).isTrue();
        assertThat(e.uuid()).isEqualTo(trustly.received().get(0).request().uuid());
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsATransportFailureThatMayHaveReachedTrustly() {
        trustly.neverAnswer();
        client.close();
        client = new TrustlyClient(vertx, config(trustly.url(), Duration.ofMillis(300)));

        long start = System.nanoTime();
        TrustlyTransportException e = catchThrowableOfType(TrustlyTransportException.class,
                () -> client.send(TestRequests.refund()).await().atMost(WAIT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(e).hasMessageContaining("no answer within the read timeout");
        assertThat(e.mayHaveReachedTrustly()).isTrue();
        assertThat(trustly.received()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsATransportFailureThatNeverReachedTrustly() throws IOException {
        client.close();
        client = new TrustlyClient(vertx, config(closedPort(), Duration.ofSeconds(5)));

        TrustlyTransportException e = catchThrowableOfType(TrustlyTransportException.class,
                () -> client.send(TestRequests.refund()).await().atMost(WAIT));

        assertThat(e).hasMessageContaining("no connection to Trustly");
        assertThat(e.mayHaveReachedTrustly()).isFalse();
    }

    @Test
    void anInvalidRequestFailsWithoutBeingSent() {
        assertThatThrownBy(() -> client.send(TestRequests.charge().email(null).build()).await().atMost(WAIT))
                .isInstanceOf(TrustlyValidationException.class)
                .hasMessage("Attributes.Email is required");
        assertThat(trustly.received()).isEmpty();
    }

    @Test
    void aCallersUuidMustBeLowerCase() {
        assertThatThrownBy(() -> client.send(TestRequests.refund(), "8E0A7B1C-0000-4000-8000-000000000001").await().atMost(WAIT))
                .isInstanceOf(TrustlyValidationException.class)
                .extracting(e -> ((TrustlyValidationException) e).field()).isEqualTo("UUID");
        assertThat(trustly.received()).isEmpty();
    }

    @Test
    void outsideTheSandboxNotificationsMustGoToHttps() {
        var test = TrustlyClientConfig.of(TrustlyEnvironment.TEST, "merchant_username", "merchant_password",
                TestKeys.signer(TestKeys.MERCHANT)).withApiUrl(trustly.url());
        var deposit = TestRequests.deposit().order("http://merchant.example/n", "user-42", "dep-1").build();

        try (var testClient = new TrustlyClient(vertx, test)) {
            assertThatThrownBy(() -> testClient.send(deposit).await().atMost(WAIT))
                    .isInstanceOf(TrustlyValidationException.class)
                    .extracting(e -> ((TrustlyValidationException) e).field()).isEqualTo("NotificationURL");
        }
        assertThat(trustly.received()).isEmpty();

        trustly.answerResult(JsonRpc.mapper().createObjectNode().put("orderid", "1").put("url", "http://127.0.0.1/checkout/1"));
        client.send(deposit).await().atMost(WAIT);
        assertThat(trustly.received()).hasSize(1);
    }

    @Test
    void theSandboxNeedsAnExplicitTrustlyKey() {
        var config = TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, "merchant_username", "merchant_password",
                TestKeys.signer(TestKeys.MERCHANT));

        assertThatThrownBy(() -> new TrustlyClient(vertx, config)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sandbox environment has no published Trustly key");
    }

    private static TrustlyClientConfig config(URI url, Duration readTimeout) {
        return TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, "merchant_username", "merchant_password",
                        TestKeys.signer(TestKeys.MERCHANT))
                .withApiUrl(url)
                .withTrustlyVerifier(TestKeys.verifier(TestKeys.TRUSTLY))
                .withTimeouts(Duration.ofSeconds(2), readTimeout);
    }

    private static JsonNode orderResult() {
        return JsonRpc.mapper().createObjectNode().put("orderid", "1").put("result", "1");
    }

    /** A port that was just free: nothing listens there, so connecting is refused. */
    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/1");
        }
    }
}
