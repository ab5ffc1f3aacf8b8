package io.paybridge.reconciliation.report.persistence;

import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.report.LedgerEntry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** AccountLedger entries replace the window they were pulled for, exactly, in minor units. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class LedgerStoreRepositoryTest {

    private static final Instant FROM = Instant.parse("2031-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-03-03T00:00:00Z");
    private static final String WINDOW = "booked_at >= '2031-03-01T00:00:00Z' and booked_at < '2031-03-03T00:00:00Z'";

    @Inject
    LedgerStore ledger;

    @Inject
    ReportTables tables;

    @Test
    void aWindowPulledTwiceHoldsWhatTheLastPullAnsweredAndNothingOutsideItChanges() {
        ledger.replace(Instant.parse("2031-03-03T00:00:00Z"), Instant.parse("2031-03-04T00:00:00Z"),
                List.of(entry("2031-03-03T01:00:00Z", "SETTLEMENT_BANK_WITHDRAWAL", null, "5000000009", "-1.00")));
        List<LedgerEntry> first = List.of(
                entry("2031-03-01T10:00:00Z", "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE", "3209647863", "133921", "5.00000000000000000000"),
                entry("2031-03-01T10:00:00Z", "TRANSACTION_FEE_BANK_DEPOSIT", "3209647863", "133921", "-1.00"));
        List<LedgerEntry> second = List.of(first.get(0), first.get(1),
                entry("2031-03-02T05:30:00Z", "SETTLEMENT_BANK_WITHDRAWAL", null, "5000000001", "-4.00"));
        // the transfer's reference comes from its messageid here ("text" names none)

        ledger.replace(FROM, TO, first);
        int stored = ledger.replace(FROM, TO, second);

        assertThat(stored).isEqualTo(3);
        assertThat(tables.rows("select gluepay_id, account_name, psp_order_id, message_id, transaction_type, currency, amount_minor, "
                + "settlement_bank_withdrawal_id "
                + "from ledger_entry where " + WINDOW + " order by booked_at, amount_minor desc"))
                .containsExactly(
                        "3209647863|SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE|3209647863|133921|text|EUR|500|null",
                        "3209647863|TRANSACTION_FEE_BANK_DEPOSIT|3209647863|133921|text|EUR|-100|null",
                        "null|SETTLEMENT_BANK_WITHDRAWAL|null|5000000001|text|EUR|-400|5000000001");
        assertThat(tables.rows("select message_id from ledger_entry where booked_at >= '2031-03-03T00:00:00Z'"
                + " and booked_at < '2031-03-04T00:00:00Z'")).containsExactly("5000000009");
    }

    private static LedgerEntry entry(String bookedAt, String accountName, String orderId, String messageId, String amount) {
        return new LedgerEntry("4242424242", OffsetDateTime.parse(bookedAt), orderId, accountName, messageId, "text", "EUR",
                new BigDecimal(amount), orderId);
    }
}
