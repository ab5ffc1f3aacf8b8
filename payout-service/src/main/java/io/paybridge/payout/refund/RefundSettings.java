package io.paybridge.payout.refund;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of refunds ({@code paybridge.payout.refund.*}). */
@ConfigMapping(prefix = "paybridge.payout.refund")
public interface RefundSettings {

    /** How many refunds that have not failed a deposit may have. */
    @WithDefault("10")
    int maxCount();

    /** How long after its credit a deposit may be refunded. */
    @WithDefault("P180D")
    Duration maxAge();

    /** How long a refund waits without the PSP's answer (UNKNOWN, or REQUESTED and not sent) before the resolver resends it. */
    @WithDefault("PT1M")
    Duration resolveAfter();

    /** How often the resolver looks for refunds to resend. */
    @WithDefault("30s")
    String resolverInterval();

    /** How many refunds one resolver run resends at most. */
    @WithDefault("50")
    int resolverBatch();
}
