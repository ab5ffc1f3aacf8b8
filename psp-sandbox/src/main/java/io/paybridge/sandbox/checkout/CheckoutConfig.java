package io.paybridge.sandbox.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the checkout under {@code paybridge.sandbox.checkout}. */
@ConfigMapping(prefix = "paybridge.sandbox.checkout")
public interface CheckoutConfig {

    /** How often unused checkout orders past their expiry are expired (a Quarkus scheduler period, at least 1s). */
    @WithDefault("10s")
    String expiryInterval();
}
