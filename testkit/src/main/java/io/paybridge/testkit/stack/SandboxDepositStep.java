package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.vertx.mutiny.core.Vertx;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Demo step: a merchant registers at psp-sandbox, sends a signed Deposit with Paybridge's Trustly client,
 * the end user approves it, and the sandbox's signed pending and credit notifications arrive, verify and
 * are acknowledged with a signed OK.
 */
final class SandboxDepositStep implements DemoStep {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String name() {
        return "psp-sandbox: a signed Deposit, approved, notified and acknowledged";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        URI sandbox = settings.sandboxUrl();
        var sandboxKey = SignatureVerifier.fromPem(get(sandbox.resolve("/sandbox/public-key")));
        KeyPair merchantKeys = PemKeys.generate();
        var merchantSigner = new RsaSha1Signer(merchantKeys.getPrivate());
        String username = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();

        try (DemoMerchant merchant = DemoMerchant.start(new NotificationParser(sandboxKey), merchantSigner)) {
            post(sandbox.resolve("/sandbox/merchants"), JsonRpc.mapper().createObjectNode()
                    .put("username", username).put("password", password)
                    .put("publicKeyPem", PemKeys.toPem(merchantKeys.getPublic()))
                    .put("notificationUrlPrefix", merchant.urlPrefix()).toString());
            OrderWithUrl order = deposit(sandbox, username, password, merchantSigner, sandboxKey, merchant.urlPrefix());
            post(sandbox.resolve("/sandbox/orders/" + order.orderId() + "/approve"), "{\"scenario\":\"normal\"}");
            List<TrustlyNotification> received = awaitPendingAndCredit(merchant);
            String delivered = deliveredMethods(sandbox, order.orderId());
            return "merchant " + username + " registered; Deposit of EUR 10.00 -> order " + order.orderId()
                    + ", checkout " + order.url() + "\n"
                    + "approved; notifications verified with the sandbox key: "
                    + received.stream().map(TrustlyNotification::method).distinct().toList()
                    + "; delivery log: " + delivered;
        }
    }

    private OrderWithUrl deposit(URI sandbox, String username, String password, RsaSha1Signer signer,
            SignatureVerifier sandboxKey, String notificationPrefix) {
        Vertx vertx = Vertx.vertx();
        var config = TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, username, password, signer)
                .withApiUrl(sandbox.resolve("/api/1"))
                .withTrustlyVerifier(sandboxKey);
        try (TrustlyClient client = new TrustlyClient(vertx, config)) {
            return client.send(Deposit.builder()
                            .order(notificationPrefix + "notifications", "demo-user-1", "demo-" + UUID.randomUUID())
                            .amount("EUR", new BigDecimal("10.00"))
                            .endUser(EndUser.builder().firstname("Åsa").lastname("Demo").email("demo@example.com")
                                    .mobilePhone("+46700000000").country("SE").locale("sv_SE").build())
                            .page(CheckoutPage.of("https://merchant.example/ok", "https://merchant.example/fail"))
                            .shopperStatement("Paybridge demo")
                            .build())
                    .await().atMost(Duration.ofSeconds(30));
        } finally {
            vertx.closeAndAwait();
        }
    }

    private static List<TrustlyNotification> awaitPendingAndCredit(DemoMerchant merchant) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<TrustlyNotification> received = merchant.received();
            List<String> methods = received.stream().map(TrustlyNotification::method).toList();
            if (methods.contains("pending") && methods.contains("credit")) {
                return received;
            }
            Thread.sleep(200);
        }
        throw new StackException("the sandbox did not deliver pending and credit within " + WAIT.toSeconds()
                + " s; received " + merchant.received().stream().map(TrustlyNotification::method).toList()
                + " (see ./paybridge logs psp-sandbox)");
    }

    private String deliveredMethods(URI sandbox, String orderId) throws Exception {
        JsonNode notifications = JsonRpc.parse(get(sandbox.resolve("/sandbox/notifications?orderid=" + orderId))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder shown = new StringBuilder();
        for (JsonNode notification : notifications) {
            if (!shown.isEmpty()) {
                shown.append(", ");
            }
            shown.append(notification.path("method").asText()).append(' ').append(notification.path("state").asText())
                    .append(" after ").append(notification.path("attempts").asInt()).append(" attempt(s)");
        }
        return shown.toString();
    }

    private String get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private String post(URI uri, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new StackException(request.method() + " " + request.uri().getPath() + " answered HTTP "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
