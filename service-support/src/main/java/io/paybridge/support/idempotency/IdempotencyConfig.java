package io.paybridge.support.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of Idempotency-Key handling. */
@ConfigMapping(prefix = "paybridge.idempotency")
public interface IdempotencyConfig {

    /** How long a request in flight holds its key; a request still unfinished after that (its process died) may be retried. */
    @WithDefault("PT5M")
    Duration lease();

    /** How long completed keys are kept and replayed before the purge deletes them. */
    @WithDefault("P1D")
    Duration retention();
}
