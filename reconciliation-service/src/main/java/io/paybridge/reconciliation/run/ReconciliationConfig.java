package io.paybridge.reconciliation.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of reconciliation runs ({@code paybridge.reconciliation}). */
@ConfigMapping(prefix = "paybridge.reconciliation")
public interface ReconciliationConfig {

    /**
     * How long after it happened, measured to the end of the report's settlement date, an expected movement that no
     * report settled is still pending rather than MISSING_IN_REPORT.
     */
    @WithDefault("P3D")
    Duration grace();

    /** How often the open breaks' gauges (unmatched value per currency, breaks per class) are measured. */
    @WithDefault("30s")
    String metricsInterval();
}
