package io.paybridge.payout.accountpayout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Resending account payouts without a definite answer ({@code paybridge.payout.account-payouts.*}): always the identical request. */
@ConfigMapping(prefix = "paybridge.payout.account-payouts")
public interface AccountPayoutConfig {

    /** How often the resolver looks for payouts due for a resend ({@code off} disables it, as in tests). */
    @WithDefault("30s")
    String resendEvery();

    /** How long after a send without a definite answer the payout is resent first; doubled per attempt. */
    @WithDefault("PT1M")
    Duration resendAfter();

    /** The longest wait between two resends. */
    @WithDefault("PT1H")
    Duration maxResendInterval();

    /** How many due payouts one resolver run resends at most. */
    @WithDefault("20")
    int resendBatch();
}
