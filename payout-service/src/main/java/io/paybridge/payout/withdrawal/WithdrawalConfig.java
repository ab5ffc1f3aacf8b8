package io.paybridge.payout.withdrawal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Withdrawal settings ({@code paybridge.payout.withdrawal.*}). */
@ConfigMapping(prefix = "paybridge.payout.withdrawal")
public interface WithdrawalConfig {

    /** Where the PSP sends a withdrawal's notifications: notification-ingest-service ({@code PAYBRIDGE_PAYOUT_NOTIFICATION_URL}). */
    URI notificationUrl();

    /** The hosts a withdrawal's successUrl and failUrl may point at (no open redirects). */
    List<String> allowedRedirectHosts();

    /** Whether http redirect URLs are accepted (local development only). */
    @WithDefault("false")
    boolean allowHttpRedirects();

    /** How long a sent decision may go unanswered before the resolver asks GetWithdrawals and resends it. */
    @WithDefault("PT30S")
    Duration resolveAfter();

    /** How often the resolver looks for unanswered decisions (a scheduler period, e.g. {@code 30s}). */
    @WithDefault("30s")
    String resolverInterval();
}
