package io.paybridge.reconciliation.report;

import io.paybridge.reconciliation.report.persistence.ReportStore;
import io.paybridge.reconciliation.report.persistence.StoredReport;
import io.paybridge.reconciliation.run.ReconciliationRuns;
import io.paybridge.trustly.api.report.SettlementCsvException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Ingests a settlement report, however it came: stores it streamed (nothing when it is invalid) and reconciles it.
 * An identical report ingested again is the stored one with its run; one stored but never reconciled (the run
 * failed, or the service stopped in between) is reconciled now.
 */
@ApplicationScoped
public class ReportIngestion {

    private static final Logger LOG = Logger.getLogger(ReportIngestion.class);

    private final ReportStore store;
    private final ReconciliationRuns runs;

    public ReportIngestion(ReportStore store, ReconciliationRuns runs) {
        this.store = store;
        this.runs = runs;
    }

    /**
     * Reads {@code content} to its end into the report tables, then reconciles the report; answers the report and its
     * run. An invalid report fails with {@link ReportProblems#INVALID_REPORT}, too large a one with a 413 problem.
     */
    public Uni<StoredReport> ingest(ReportSource source, LocalDate settlementDate, ReportContent content) {
        return Work.blocking(() -> store(source, settlementDate, content)).flatMap(stored -> {
            if (stored.runId() != null) {
                return Uni.createFrom().item(stored);
            }
            LOG.infof("settlement report %d of %s (%s, %d rows) %s; reconciling", stored.reportId(), settlementDate, source,
                    stored.rowCount(), stored.created() ? "stored" : "stored before without a run");
            return runs.reconcile(stored.reportId()).map(stored::withRun);
        });
    }

    private StoredReport store(ReportSource source, LocalDate settlementDate, ReportContent content) {
        try {
            return store.store(source, settlementDate, content);
        } catch (SettlementCsvException e) {
            throw ReportProblems.invalid(e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ReportContent.TooLargeException tooLarge) {
                throw ReportProblems.tooLarge(tooLarge.maxBytes());
            }
            throw e;
        }
    }
}
