package io.paybridge.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** checkout-service's own settings ({@code paybridge.checkout.*}). */
@ConfigMapping(prefix = "paybridge.checkout")
public interface CheckoutConfig {

    /** The NotificationURL sent with every order: notification-ingest-service's Trustly endpoint. */
    URI notificationUrl();

    /**
     * The hosts a successUrl or failUrl may point at (exact host names, case-insensitive). Anything else is
     * refused, so a deposit can never be used to redirect an end user to a stranger's page.
     */
    List<String> allowedRedirectHosts();

    /** Whether redirect URLs may be plain http (only for a local stack; https otherwise). */
    @WithDefault("false")
    boolean allowHttpRedirects();

    /** The ShopperStatement of a deposit whose request names none (Trustly requires one). */
    @WithDefault("Paybridge")
    String shopperStatement();

    /** How long a notification for an order this service never stores (another service's) stays parked. */
    @WithDefault("P7D")
    Duration parkedRetention();

    /** How long an end user has to finish the PSP's checkout before the deposit expires. */
    @WithDefault("PT30M")
    Duration checkoutLifetime();
}
