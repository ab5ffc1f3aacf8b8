package io.paybridge.ingest.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the inbox and the rejection audit keep their rows. */
@ConfigMapping(prefix = "paybridge.ingest.inbox")
public interface InboxConfig {

    /** Inbox rows older than this are purged; a PSP re-sending a notification after that would be applied again. */
    @WithDefault("P90D")
    Duration retention();

    /** Rejection audit rows older than this are purged. */
    @WithDefault("P30D")
    Duration rejectionRetention();

    /** How often the purge runs. */
    @WithDefault("1h")
    String purgeEvery();

    /** At most this many rows are deleted per statement, so a purge never holds long locks. */
    @WithDefault("5000")
    int purgeBatchSize();
}
