package io.paybridge.testkit.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Demo step: a merchant registers at psp-sandbox, sends a signed Deposit with Paybridge's Trustly client,
 * the end user approves it, and the sandbox's signed pending and credit notifications arrive, verify and
 * are acknowledged with a signed OK.
 */
final class SandboxDepositStep implements DemoStep {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "psp-sandbox: a signed Deposit, approved, notified and acknowledged";
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        SandboxAdmin sandbox = new SandboxAdmin(settings.sandboxUrl());
        SignatureVerifier sandboxKey = sandbox.verifier();
        KeyPair merchantKeys = PemKeys.generate();
        var merchantSigner = new RsaSha1Signer(merchantKeys.getPrivate());
        String username = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();

        try (DemoMerchant merchant = DemoMerchant.start(new NotificationParser(sandboxKey), merchantSigner)) {
            sandbox.registerMerchant(username, password, PemKeys.toPem(merchantKeys.getPublic()), merchant.urlPrefix());
            OrderWithUrl order;
            try (SandboxDeposits deposits = new SandboxDeposits(settings.sandboxUrl(), username, password, merchantSigner,
                    sandboxKey)) {
                order = deposits.deposit(merchant.urlPrefix() + "notifications", "demo-user-1", "10.00");
            }
            sandbox.approve(order.orderId(), "normal");
            List<TrustlyNotification> received = awaitPendingAndCredit(merchant);
            return "merchant " + username + " registered; Deposit of EUR 10.00 -> order " + order.orderId()
                    + ", checkout " + order.url() + "\n"
                    + "approved; notifications verified with the sandbox key: "
                    + received.stream().map(TrustlyNotification::method).distinct().toList()
                    + "; delivery log: " + delivered(sandbox.deliveryLog(order.orderId()));
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

    /** The delivery log in one line: each notification's method, state and number of attempts. */
    static String delivered(List<JsonNode> log) {
        return log.stream()
                .map(notification -> notification.path("method").asText() + " " + notification.path("state").asText()
                        + " after " + notification.path("attempts").asInt() + " attempt(s)")
                .collect(Collectors.joining(", "));
    }
}
