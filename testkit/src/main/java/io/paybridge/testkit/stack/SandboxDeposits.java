package io.paybridge.testkit.stack;

import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.CheckoutPage;
import io.paybridge.trustly.api.EndUser;
import io.paybridge.trustly.api.OrderWithUrl;
import io.paybridge.trustly.api.payin.Deposit;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.signature.Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.vertx.mutiny.core.Vertx;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/** A merchant sending signed Deposits to psp-sandbox with Paybridge's Trustly client; for the demo and tests. */
public final class SandboxDeposits implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx = Vertx.vertx();
    private final TrustlyClient client;

    /** A client of the sandbox at {@code sandbox} as {@code username}, verifying answers with {@code sandboxKey}. */
    public SandboxDeposits(URI sandbox, String username, String password, Signer merchantSigner, SignatureVerifier sandboxKey) {
        this.client = new TrustlyClient(vertx, TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, username, password, merchantSigner)
                .withApiUrl(sandbox.resolve("/api/1"))
                .withTrustlyVerifier(sandboxKey));
    }

    /** A Deposit of {@code amount} EUR (two decimals) whose notifications go to {@code notificationUrl}. */
    public OrderWithUrl deposit(String notificationUrl, String endUserId, String amount) {
        return client.send(Deposit.builder()
                        .order(notificationUrl, endUserId, "demo-" + UUID.randomUUID())
                        .amount("EUR", new BigDecimal(amount))
                        .endUser(EndUser.builder().firstname("Åsa").lastname("Demo").email("demo@example.com")
                                .mobilePhone("+46700000000").country("SE").locale("sv_SE").build())
                        .page(CheckoutPage.of("https://merchant.example/ok", "https://merchant.example/fail"))
                        .shopperStatement("Paybridge demo")
                        .build())
                .await().atMost(TIMEOUT);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            vertx.closeAndAwait();
        }
    }
}
