package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.SignatureVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * psp-sandbox's administration API ({@code /sandbox/*}) as the demo, tests and benchmarks use it: its
 * key, merchants, headless approval, faults and the delivery log; an answer other than 2xx fails with it.
 */
public final class SandboxAdmin {

    private final URI sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxAdmin(URI sandbox) {
        this.sandbox = sandbox;
    }

    /** The PEM public key the sandbox signs with. */
    public String publicKeyPem() {
        return get("/sandbox/public-key");
    }

    /** A verifier of the sandbox's signatures. */
    public SignatureVerifier verifier() {
        return SignatureVerifier.fromPem(publicKeyPem());
    }

    /** Registers (or re-registers) a merchant. */
    public void registerMerchant(String username, String password, String publicKeyPem, String notificationUrlPrefix) {
        post("/sandbox/merchants", JsonRpc.mapper().createObjectNode()
                .put("username", username).put("password", password)
                .put("publicKeyPem", publicKeyPem)
                .put("notificationUrlPrefix", notificationUrlPrefix));
    }

    /** The end user approves the order, headlessly, in the given scenario ({@code normal}: pending, then credit). */
    public void approve(String orderId, String scenario) {
        post("/sandbox/orders/" + orderId + "/approve", JsonRpc.mapper().createObjectNode().put("scenario", scenario));
    }

    /** Replaces the faults in force ({@code {"api": {...}, "notifications": {...}}}). */
    public void faults(ObjectNode faults) {
        send(HttpRequest.newBuilder(sandbox.resolve("/sandbox/faults")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(faults.toString())).build());
    }

    /** The order's notifications with every delivery attempt, oldest first. */
    public List<JsonNode> deliveryLog(String orderId) {
        List<JsonNode> notifications = new ArrayList<>();
        JsonRpc.parse(get("/sandbox/notifications?orderid=" + orderId).getBytes(StandardCharsets.UTF_8))
                .forEach(notifications::add);
        return notifications;
    }

    /** Whether a notification of the delivery log is delivered and an attempt got a verified OK reply. */
    public static boolean deliveredWithVerifiedOk(JsonNode notification) {
        if (!"DELIVERED".equals(notification.path("state").asText())) {
            return false;
        }
        for (JsonNode attempt : notification.path("attemptLog")) {
            if (attempt.path("accepted").asBoolean() && attempt.path("replyVerified").asBoolean()
                    && "OK".equals(attempt.path("replyStatus").asText())) {
                return true;
            }
        }
        return false;
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(sandbox.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private String post(String path, ObjectNode json) {
        return send(HttpRequest.newBuilder(sandbox.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build());
    }

    private String send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new StackException(request.method() + " " + request.uri() + " failed (" + e + "); is psp-sandbox running?"
                    + " (./paybridge status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(request.method() + " " + request.uri() + " was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new StackException(request.method() + " " + request.uri().getPath() + " answered HTTP "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
