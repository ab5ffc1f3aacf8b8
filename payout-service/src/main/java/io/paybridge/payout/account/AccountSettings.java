package io.paybridge.payout.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the accounts payouts may go to ({@code paybridge.payout.accounts.*}). */
@ConfigMapping(prefix = "paybridge.payout.accounts")
public interface AccountSettings {

    /**
     * How long the end user of a PSP order is remembered (from its other notifications), and an account no
     * notification attributed yet is kept: account notifications carry no enduserid (reference §4.2).
     */
    @WithDefault("P7D")
    Duration orderMemory();
}
