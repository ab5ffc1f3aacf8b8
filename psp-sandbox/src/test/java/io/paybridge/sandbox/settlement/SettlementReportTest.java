package io.paybridge.sandbox.settlement;

import io.paybridge.sandbox.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The v1.2 CSV as text: header, quoting, amounts and totals. */
class SettlementReportTest {

    @Test
    void writesTheHeaderRowsAndTotalsPerCurrency() {
        LedgerEntry deposit = entry(1, "EUR", 100_00, "Deposit", "2026-11-20T10:15:30.123456Z").forOrder(1000000001L, "m,1", "ref \"A\"");
        LedgerEntry fee = entry(2, "EUR", -1_00, "Deposit Fee", "2026-11-20T10:15:30.223456Z").forOrder(1000000001L, "m,1", null);
        LedgerEntry sek = entry(3, "SEK", 5_05, "Deposit", "2026-11-20T11:00:00Z").forOrder(1000000002L, "m2", null);

        String csv = SettlementReport.csv(List.of(sek, fee, deposit), entry -> "5000000001");

        assertThat(csv).isEqualTo(SettlementReport.HEADER + "\n"
                + "2026-11-20 10:15:30.123456+00,ACCOUNT,EUR,100.00,99.00,1000000001,Deposit,\"m,1\",shop,,,5000000001,\"ref \"\"A\"\"\"\n"
                + "2026-11-20 10:15:30.223456+00,ACCOUNT,EUR,-1.00,99.00,1000000001,Deposit Fee,\"m,1\",shop,,,5000000001,\n"
                + "2026-11-20 11:00:00.000000+00,ACCOUNT,SEK,5.05,5.05,1000000002,Deposit,m2,shop,,,5000000001,\n");
    }

    @Test
    void anEmptyReportIsTheHeaderLine() {
        assertThat(SettlementReport.csv(List.of(), entry -> null)).isEqualTo(SettlementReport.HEADER + "\n");
    }

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        assertThat(SettlementReport.quote("plain")).isEqualTo("plain");
        assertThat(SettlementReport.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(SettlementReport.quote(null)).isEmpty();
    }

    private static LedgerEntry entry(long id, String currency, long amount, String orderType, String bookedAt) {
        LedgerEntry entry = LedgerEntry.of("shop", currency, amount, "ACCOUNT", orderType, orderType);
        entry.id = id;
        entry.bookedAt = Instant.parse(bookedAt);
        return entry;
    }
}
