package io.paybridge.reconciliation.report.psp;

import io.paybridge.trustly.api.report.AccountLedger;
import io.paybridge.trustly.api.report.LedgerEntry;
import io.paybridge.trustly.api.report.SettlementReport;
import io.paybridge.trustly.api.report.ViewAutomaticSettlementDetailsCsv;
import io.paybridge.trustly.client.TrustlyClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** The PSP's reports, through the service's Trustly client (trustly-gateway): the v1.2 settlement report of a date (all currencies) and AccountLedger for a range of days. */
@ApplicationScoped
public class SettlementReports {

    private final TrustlyClient client;

    public SettlementReports(TrustlyClient client) {
        this.client = client;
    }

    /** ViewAutomaticSettlementDetailsCSV, API version 1.2, every currency. */
    public Uni<SettlementReport> report(LocalDate settlementDate) {
        return client.send(new ViewAutomaticSettlementDetailsCsv(settlementDate, null));
    }

    /** AccountLedger from {@code fromDate} to {@code toDate} (exclusive), every currency. */
    public Uni<List<LedgerEntry>> ledger(LocalDate fromDate, LocalDate toDate) {
        return client.send(AccountLedger.allCurrencies(fromDate, toDate));
    }
}
