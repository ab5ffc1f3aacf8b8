package io.paybridge.checkout.link;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Pay-by-link settings ({@code paybridge.payment-link.*}). */
@ConfigMapping(prefix = "paybridge.payment-link")
public interface PaymentLinkConfig {

    /** The lifetime of a link whose request names none. */
    @WithDefault("P7D")
    Duration defaultLifetime();

    /** The shortest lifetime a request may ask for. */
    @WithDefault("PT5M")
    Duration minLifetime();

    /** The longest lifetime a request may ask for. */
    @WithDefault("P30D")
    Duration maxLifetime();

    /** Who the end user pays, as the link page names it. */
    @WithDefault("Paybridge merchant")
    String payee();

    /** The public base URL of checkout-service that link URLs start with; absent: the base URL of the creating request. */
    Optional<URI> publicUrl();
}
