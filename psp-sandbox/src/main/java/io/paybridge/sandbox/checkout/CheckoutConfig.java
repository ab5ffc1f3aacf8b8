package io.paybridge.sandbox.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the checkout under {@code paybridge.sandbox.checkout}. */
@ConfigMapping(prefix = "paybridge.sandbox.checkout")
public interface CheckoutConfig {

    /** How often unused checkout orders past their expiry are looked for and expired. */
    @WithDefault("PT10S")
    Duration expiryInterval();
}
