package io.paybridge.payout.psp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The optional check of the merchant's PSP balance before money goes out ({@code paybridge.payout.balance-check.*}). */
@ConfigMapping(prefix = "paybridge.payout.balance-check")
public interface BalanceCheckConfig {

    /** Whether a refund or payout is refused (422 insufficient-psp-balance) when the PSP balance is known to be short. */
    @WithDefault("false")
    boolean enabled();

    /** How often Balance may be called per currency at most (Trustly: not more than once per 15 minutes). */
    @WithDefault("PT15M")
    Duration interval();
}
