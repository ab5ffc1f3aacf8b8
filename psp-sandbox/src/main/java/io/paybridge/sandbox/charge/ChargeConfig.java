package io.paybridge.sandbox.charge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of direct-debit charges under {@code paybridge.sandbox.charges}. */
@ConfigMapping(prefix = "paybridge.sandbox.charges")
public interface ChargeConfig {

    /** How long after the Charge call a charge without PaymentDate is collected. */
    @WithDefault("10S")
    Duration asapDelay();

    /** How often due charges are looked for, a scheduler interval such as {@code 5s} (read by {@link ChargeCredits}'s schedule). */
    @WithDefault("5s")
    String pollEvery();
}
