package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.SignatureVerifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * psp-sandbox's administration API ({@code /sandbox/*}) as the demo, tests and benchmarks use it: its
 * key, merchants and their options, headless approval, a deposit's refunds, settlements, faults and the
 * delivery log; an answer other than 2xx fails with it.
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

    /**
     * Options of a merchant account at the sandbox, off by default as at Trustly: payoutconfirmation
     * notifications when money leaves for a refund, account payout or withdrawal; debited withdrawals
     * waiting for ApproveWithdrawal or DenyWithdrawal instead of being sent automatically.
     */
    public record MerchantOptions(boolean payoutConfirmations, boolean manualWithdrawalApproval) {

        /** Both off. */
        public static final MerchantOptions DEFAULTS = new MerchantOptions(false, false);

        public MerchantOptions withPayoutConfirmations() {
            return new MerchantOptions(true, manualWithdrawalApproval);
        }

        public MerchantOptions withManualWithdrawalApproval() {
            return new MerchantOptions(payoutConfirmations, true);
        }
    }

    /** A refund of a deposit as the sandbox holds it: its own orderid, amount, currency, state (QUEUED, SENT or RETURNED). */
    public record RefundOrder(String orderId, BigDecimal amount, String currency, String state, String externalReference) {
    }

    /** Registers (or re-registers) a merchant with both options off. */
    public void registerMerchant(String username, String password, String publicKeyPem, String notificationUrlPrefix) {
        registerMerchant(username, password, publicKeyPem, notificationUrlPrefix, MerchantOptions.DEFAULTS);
    }

    /** Registers (or re-registers) a merchant with these options. */
    public void registerMerchant(String username, String password, String publicKeyPem, String notificationUrlPrefix,
            MerchantOptions options) {
        post("/sandbox/merchants", JsonRpc.mapper().createObjectNode()
                .put("username", username).put("password", password)
                .put("publicKeyPem", publicKeyPem)
                .put("notificationUrlPrefix", notificationUrlPrefix)
                .put("payoutConfirmations", options.payoutConfirmations())
                .put("manualWithdrawalApproval", options.manualWithdrawalApproval()));
    }

    /**
     * The end user approves the order, headlessly, in the given scenario ({@code normal}: pending, then credit);
     * for a refund ({@code refund-fails}) or account payout ({@code payout-returned}) approving makes it fail.
     */
    public void approve(String orderId, String scenario) {
        approve(orderId, scenario, null);
    }

    /** The same, choosing the amount (a withdrawal's, within its suggested limits), e.g. {@code "50.00"}; null: the order's own. */
    public void approve(String orderId, String scenario, String amount) {
        ObjectNode body = JsonRpc.mapper().createObjectNode().put("scenario", scenario);
        if (amount != null) {
            body.put("amount", amount);
        }
        post("/sandbox/orders/" + orderId + "/approve", body);
    }

    /** The refunds (child orders) of a deposit or charge, oldest first; Trustly's Refund answers only the deposit's orderid. */
    public List<RefundOrder> refundsOf(String depositOrderId) {
        List<RefundOrder> refunds = new ArrayList<>();
        for (JsonNode refund : JsonRpc.parse(get("/sandbox/orders/" + depositOrderId + "/refunds").getBytes(StandardCharsets.UTF_8))) {
            refunds.add(new RefundOrder(refund.path("orderid").asText(), new BigDecimal(refund.path("amount").asText()),
                    refund.path("currency").asText(), refund.path("state").asText(),
                    refund.hasNonNull("externalReference") ? refund.get("externalReference").asText() : null));
        }
        return refunds;
    }

    /**
     * Runs a settlement of every merchant and currency for {@code date} (UTC; entries booked before its end):
     * the settled money goes to the merchants' banks, and queued refunds whose deposits settle are sent.
     * Answers the run as the sandbox does ({@code {"settlements": [...]}}).
     */
    public JsonNode settle(LocalDate date) {
        return JsonRpc.parse(post("/sandbox/settlements", JsonRpc.mapper().createObjectNode().put("date", date.toString()))
                .getBytes(StandardCharsets.UTF_8));
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
