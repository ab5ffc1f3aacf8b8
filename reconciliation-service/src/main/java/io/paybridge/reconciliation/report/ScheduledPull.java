package io.paybridge.reconciliation.report;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Pulls yesterday's (UTC) settlement report and ledger every day, by default at 07:30 UTC, after Trustly's usual
 * settlement window (04:30–07:00 UTC); {@code paybridge.reconciliation.pull.cron=off} turns it off. A failed pull is
 * logged and left to the next one or to {@code POST /v1/reports/pulls}.
 */
@ApplicationScoped
public class ScheduledPull {

    private static final Logger LOG = Logger.getLogger(ScheduledPull.class);

    private final ReportPulls pulls;
    private final PullConfig config;

    public ScheduledPull(ReportPulls pulls, PullConfig config) {
        this.pulls = pulls;
        this.config = config;
    }

    /** Says at start when reports will be pulled, so an operator sees a schedule that is off. */
    void announce(@Observes StartupEvent start) {
        LOG.infof("settlement reports are pulled on cron '%s' (UTC)", config.cron());
    }

    @Scheduled(identity = "settlement-report-pull", cron = "${paybridge.reconciliation.pull.cron:0 30 7 * * ?}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pullYesterday() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return pulls.pull(yesterday)
                .invoke(stored -> LOG.infof("pulled settlement report of %s: report %d, run %s", yesterday, stored.reportId(), stored.runId()))
                .onFailure().invoke(failure -> LOG.errorf("the pull of %s failed (%s); pull it with POST /v1/reports/pulls", yesterday,
                        failure.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
