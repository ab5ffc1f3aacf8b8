package io.paybridge.ingest.trustlyna;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Trustly North America webhook credentials. Optional: with neither set, {@code POST
 * /notifications/trustly-na} answers 503; with only one set the service does not start.
 */
@ConfigMapping(prefix = "paybridge.ingest.trustly-na")
public interface TrustlyNaConfig {

    /** The merchant's {@code accessId}, which Trustly names in each webhook's Authorization header ({@code PAYBRIDGE_TRUSTLY_NA_ACCESS_ID}). */
    Optional<String> accessId();

    /** The merchant's {@code accessKey}, the HMAC-SHA1 key of the webhooks' signature ({@code PAYBRIDGE_TRUSTLY_NA_ACCESS_KEY}); a secret. */
    Optional<String> accessKey();
}
