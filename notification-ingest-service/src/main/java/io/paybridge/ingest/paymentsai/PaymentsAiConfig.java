package io.paybridge.ingest.paymentsai;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * PaymentsAI webhook secrets. Optional: without a secret {@code POST /webhooks/paymentsai} answers
 * 503; a previous secret without a current one stops the service at start.
 */
@ConfigMapping(prefix = "paybridge.ingest.paymentsai")
public interface PaymentsAiConfig {

    /** The webhook secret that keys the HMAC-SHA256 of each body ({@code PAYBRIDGE_PAYMENTSAI_WEBHOOK_SECRET}). */
    Optional<String> secret();

    /**
     * The secret before the last rotation, still accepted until it is removed
     * ({@code PAYBRIDGE_PAYMENTSAI_WEBHOOK_PREVIOUS_SECRET}): webhooks signed before the rotation and
     * retried after it still verify.
     */
    Optional<String> previousSecret();
}
