package io.paybridge.reconciliation.report;

import io.paybridge.reconciliation.report.persistence.LedgerStore;
import io.paybridge.reconciliation.report.persistence.StoredReport;
import io.paybridge.reconciliation.report.psp.SettlementReports;
import io.paybridge.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Pulls a settlement date from the PSP and reconciles it: first AccountLedger from that date on (so the batch check
 * finds each settlement's bank transfer), then the date's v1.2 settlement report, ingested like an upload. Pulling a
 * date again stores the same ledger rows and, for an unchanged report, answers the run it already has.
 */
@ApplicationScoped
public class ReportPulls {

    private static final Logger LOG = Logger.getLogger(ReportPulls.class);

    private final SettlementReports psp;
    private final LedgerStore ledger;
    private final ReportIngestion ingestion;
    private final ReportConfig config;

    public ReportPulls(SettlementReports psp, LedgerStore ledger, ReportIngestion ingestion, ReportConfig config) {
        this.psp = psp;
        this.ledger = ledger;
        this.ingestion = ingestion;
        this.config = config;
    }

    /** Pulls and reconciles {@code settlementDate} (UTC, not in the future); answers the report and its run. */
    public Uni<StoredReport> pull(LocalDate settlementDate) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (settlementDate.isAfter(today)) {
            throw ProblemException.invalid("settlementDate", "must not be in the future");
        }
        LocalDate ledgerTo = settlementDate.plusDays(Math.max(1, config.ledgerDays()));
        if (ledgerTo.isAfter(today.plusDays(1))) {
            ledgerTo = today.plusDays(1);
        }
        LocalDate from = settlementDate;
        LocalDate to = ledgerTo;
        return psp.ledger(from, to)
                .onFailure().transform(failure -> pspFailed("AccountLedger", failure))
                .flatMap(entries -> Work.blocking(() -> ledger.replace(start(from), start(to), entries)))
                .flatMap(stored -> psp.report(settlementDate)
                        .onFailure().transform(failure -> pspFailed("ViewAutomaticSettlementDetailsCSV", failure)))
                .flatMap(report -> ingestion.ingest(ReportSource.PULL, settlementDate,
                        ReportContent.ofText(settlementDate, report.csv() == null ? "" : report.csv())));
    }

    private static Instant start(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static ProblemException pspFailed(String method, Throwable failure) {
        // the class only: a PSP message may quote request data
        LOG.warnf("%s failed: %s", method, failure.getClass().getSimpleName());
        return ReportProblems.pspFailed(method);
    }
}
