package io.paybridge.ingest.payout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the ingest asks payout-service to decide a withdrawal's debit. Optional: without a URL every withdrawal
 * debit is answered 503 (never acknowledged undecided); a URL without a token key stops the service at start.
 */
@ConfigMapping(prefix = "paybridge.ingest.payout")
public interface PayoutConfig {

    /** payout-service's base URL, e.g. {@code http://localhost:8083} ({@code PAYBRIDGE_INGEST_PAYOUT_URL}). */
    Optional<URI> url();

    /** The PEM private key (RS256) that signs the ingest's bearer tokens ({@code PAYBRIDGE_INGEST_PAYOUT_TOKEN_KEY_FILE}). */
    Optional<Path> tokenKeyFile();

    /** The issuer of the ingest's bearer tokens: one payout-service trusts ({@code PAYBRIDGE_INGEST_PAYOUT_TOKEN_ISSUER}). */
    @WithDefault("https://paybridge.local/dev")
    String tokenIssuer();

    /** How long a decision may take, connecting included; after it the debit is answered 503 and Trustly sends it again. */
    @WithDefault("PT2S")
    Duration timeout();
}
