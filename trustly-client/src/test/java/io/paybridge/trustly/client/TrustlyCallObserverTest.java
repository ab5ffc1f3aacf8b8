package io.paybridge.trustly.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.TestRequests;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observer learns the method, duration and outcome of every call, over real HTTP against a local server playing Trustly. */
class TrustlyCallObserverTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private record Call(String method, Duration took, String outcome) {
    }

    private static Vertx vertx;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private FakeTrustly trustly;

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
    }

    @AfterEach
    void stop() {
        trustly.close();
    }

    @Test
    void anAnsweredCallIsOk() {
        trustly.answerResult(JsonRpc.mapper().createObjectNode().put("orderid", "1").put("result", "1"));

        try (TrustlyClient client = client(trustly.url(), Duration.ofSeconds(5))) {
            client.send(TestRequests.refund()).await().atMost(WAIT);
        }

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("Refund");
            assertThat(call.outcome()).isEqualTo(TrustlyCallObserver.OK);
            assertThat(call.took()).isPositive();
        });
    }

    @Test
    void aTrustlyErrorIsItsCode() {
        trustly.answer((request, response) -> FakeTrustly.json(response, 200, JsonRpc.error(request.method(),
                request.uuid(), 620, "ERROR_UNKNOWN", TestKeys.signer(TestKeys.TRUSTLY))));

        try (TrustlyClient client = client(trustly.url(), Duration.ofSeconds(5))) {
            catchThrowable(() -> client.send(TestRequests.refund()).await().atMost(WAIT));
        }

        assertThat(calls).extracting(Call::outcome).containsExactly("620");
    }

    @Test
    void noAnswerIsUnknown() {
        trustly.neverAnswer();

        try (TrustlyClient client = client(trustly.url(), Duration.ofMillis(300))) {
            catchThrowable(() -> client.send(TestRequests.refund()).await().atMost(WAIT));
        }

        assertThat(calls).extracting(Call::outcome).containsExactly(TrustlyCallObserver.UNKNOWN);
        assertThat(calls.get(0).took()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws IOException {
        try (TrustlyClient client = client(closedPort(), Duration.ofSeconds(5))) {
            catchThrowable(() -> client.send(TestRequests.refund()).await().atMost(WAIT));
        }

        assertThat(calls).extracting(Call::outcome).containsExactly(TrustlyCallObserver.UNREACHABLE);
    }

    @Test
    void anInvalidRequestIsNotSent() {
        try (TrustlyClient client = client(trustly.url(), Duration.ofSeconds(5))) {
            catchThrowable(() -> client.send(TestRequests.charge().email(null).build()).await().atMost(WAIT));
        }

        assertThat(calls).extracting(Call::method, Call::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Charge", TrustlyCallObserver.NOT_SENT));
        assertThat(trustly.received()).isEmpty();
    }

    @Test
    void bothObserversAreToldInOrder() {
        List<String> told = new CopyOnWriteArrayList<>();
        TrustlyCallObserver first = method -> {
            told.add("first started " + method);
            return (took, outcome) -> told.add("first " + outcome);
        };
        TrustlyCallObserver second = method -> {
            told.add("second started " + method);
            return (took, outcome) -> told.add("second " + outcome);
        };

        TrustlyCallObserver.both(first, second).started("Refund").completed(Duration.ofMillis(5), "ok");

        assertThat(told).containsExactly("first started Refund", "second started Refund", "first ok", "second ok");
    }

    private TrustlyClient client(URI url, Duration readTimeout) {
        TrustlyClientConfig config = TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, "merchant_username", "merchant_password",
                        TestKeys.signer(TestKeys.MERCHANT))
                .withApiUrl(url)
                .withTrustlyVerifier(TestKeys.verifier(TestKeys.TRUSTLY))
                .withTimeouts(Duration.ofSeconds(2), readTimeout);
        return new TrustlyClient(vertx, config, method -> (took, outcome) -> calls.add(new Call(method, took, outcome)));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/1");
        }
    }
}
