package io.paybridge.sandbox.merchant;

import io.paybridge.sandbox.api.TestMerchant;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.report.Balance;
import io.paybridge.trustly.api.report.BalanceEntry;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.error.TrustlyInvalidCredentialsException;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A merchant from {@code paybridge.sandbox.merchants.*} (see the test application.properties) can call the API at
 * once, with the options configured for it ({@code ./paybridge} registers its merchant this way).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConfiguredMerchantTest {

    @TestHTTPResource("/api/1")
    URI api;

    @Inject
    Vertx vertx;

    @Test
    void theConfiguredMerchantIsRegisteredAtStartWithItsPasswordAndKey() throws Exception {
        var signer = RsaSha1Signer.fromPem(Files.readString(Path.of("src/test/resources/configured-merchant-private.pem")));

        try (TrustlyClient right = client("configured-password", signer); TrustlyClient wrong = client("other", signer)) {
            List<BalanceEntry> balance = right.send(new Balance()).await().atMost(Duration.ofSeconds(20));
            assertThat(balance).isEmpty();
            assertThatThrownBy(() -> wrong.send(new Balance()).await().atMost(Duration.ofSeconds(20)))
                    .isInstanceOf(TrustlyInvalidCredentialsException.class);
        }
    }

    @Test
    void theConfiguredMerchantsOptionsComeFromConfigurationAndAreOffUnlessSet() {
        Merchant merchant = Db.inTransaction(() -> Merchant.<Merchant>findById("configured-shop"));

        assertThat(List.of(merchant.payoutConfirmations, merchant.manualWithdrawalApproval)).containsExactly(true, false);
    }

    private TrustlyClient client(String password, RsaSha1Signer signer) {
        return new TrustlyClient(vertx, TrustlyClientConfig.of(TrustlyEnvironment.SANDBOX, "configured-shop", password, signer)
                .withApiUrl(api)
                .withTrustlyVerifier(TestMerchant.sandboxKey()));
    }
}
