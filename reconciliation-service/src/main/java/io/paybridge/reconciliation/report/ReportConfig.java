package io.paybridge.reconciliation.report;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report ingestion settings ({@code paybridge.reconciliation.reports}). */
@ConfigMapping(prefix = "paybridge.reconciliation.reports")
public interface ReportConfig {

    /** The largest settlement report {@code POST /v1/reports} accepts (also the HTTP body limit of the service). */
    @WithDefault("512M")
    MemorySize maxUploadSize();

    /**
     * Days of AccountLedger pulled with a settlement date's report, from that date on: a settlement of date D runs
     * early on D+1 (04:30–07:00 UTC), so its bank transfer is booked then. Never beyond today.
     */
    @WithDefault("2")
    int ledgerDays();
}
