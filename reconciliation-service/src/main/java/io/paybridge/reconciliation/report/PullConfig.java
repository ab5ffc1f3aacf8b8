package io.paybridge.reconciliation.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the PSP's reports are pulled ({@code paybridge.reconciliation.pull}); read by {@link ScheduledPull}'s schedule. */
@ConfigMapping(prefix = "paybridge.reconciliation.pull")
public interface PullConfig {

    /** Quartz-style cron (UTC) of the daily pull of yesterday's report and ledger; {@code off} turns it off. */
    @WithDefault("0 30 7 * * ?")
    String cron();
}
