package io.paybridge.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings of the sandbox under {@code paybridge.sandbox}. */
@ConfigMapping(prefix = "paybridge.sandbox")
public interface SandboxConfig {

    /** PEM file of the key the sandbox signs with; generated on first start when absent. */
    Path signingKeyFile();

    /** Base URL browsers reach the sandbox at; the checkout url of an order starts with it. */
    URI publicUrl();

    /** Merchants registered at start, by username. */
    Map<String, MerchantSettings> merchants();

    /** One configured merchant. */
    interface MerchantSettings {

        /** API password. */
        String password();

        /** PEM of the merchant's public key, inline. */
        Optional<String> publicKeyPem();

        /** File holding the PEM of the merchant's public key. */
        Optional<Path> publicKeyFile();

        /** Every NotificationURL of this merchant must start with this prefix. */
        @WithDefault("https://")
        String notificationUrlPrefix();

        /** Money leaving for a refund, account payout or withdrawal is confirmed with a payoutconfirmation notification. */
        @WithDefault("false")
        boolean payoutConfirmations();

        /** A debited withdrawal waits for ApproveWithdrawal or DenyWithdrawal instead of being sent automatically. */
        @WithDefault("false")
        boolean manualWithdrawalApproval();
    }
}
