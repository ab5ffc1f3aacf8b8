package io.paybridge.reconciliation.report.persistence;

import io.paybridge.reconciliation.report.ReportContent;
import io.paybridge.reconciliation.report.ReportSource;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.paybridge.trustly.api.report.SettlementCsvException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reports stream into settlement_report and report_row in one transaction; the same report twice is stored once. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ReportStoreRepositoryTest {

    private static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,extraref\r\n";
    private static final AtomicInteger DATES = new AtomicInteger();

    @Inject
    ReportStore store;

    @Inject
    ReportTables tables;

    @Test
    void everyRowIsStoredWithItsNumberAndExactMinorUnits() {
        LocalDate date = aDate();
        String csv = HEADER
                + "2026-11-20 10:15:30.123456+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,100.00,96.50,1000000001,Deposit,"
                + "msg-1,merchant1,1050.00,SEK,5000000001,\"INV 1, \"\"blue\"\"\"\r\n"
                + "2026-11-20 10:15:30.123456+00,TRANSACTION_FEE_BANK_DEPOSIT,EUR,-1.00,96.50,1000000001,Deposit Fee,"
                + "msg-1,merchant1,,,5000000001,\"tab\there, back\\slash\nand a line\"\r\n"
                + "2026-11-21 05:30:43.235847+01,TRANSACTION_FEE_BANK_WITHDRAWAL,EUR,-2.5,96.50,,Settlement Fee,"
                + "Automatic EUR settlement 7,merchant1,,,5000000001,\r\n";

        StoredReport stored = store(date, csv);

        assertThat(stored.created()).isTrue();
        assertThat(stored.rowCount()).isEqualTo(3);
        assertThat(stored.runId()).isNull();
        assertThat(tables.rows("select source, settlement_date, row_count, content_sha256 ~ '^[0-9a-f]{64}$', run_id "
                + "from settlement_report where id = " + stored.reportId()))
                .containsExactly("UPLOAD|" + date + "|3|t|null");
        assertThat(tables.rows("select row_number, to_char(booked_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), account_name, currency, amount_minor, total_minor, "
                + "psp_order_id, order_type, message_id, username, fx_payment_amount_minor, fx_payment_currency, "
                + "settlement_bank_withdrawal_id, external_reference from report_row where report_id = " + stored.reportId()
                + " order by row_number"))
                .containsExactly(
                        "1|2026-11-20 10:15:30.123456|SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE|EUR|10000|9650|1000000001|Deposit|"
                                + "msg-1|merchant1|105000|SEK|5000000001|INV 1, \"blue\"",
                        "2|2026-11-20 10:15:30.123456|TRANSACTION_FEE_BANK_DEPOSIT|EUR|-100|9650|1000000001|Deposit Fee|"
                                + "msg-1|merchant1|null|null|5000000001|tab\there, back\\slash\nand a line",
                        "3|2026-11-21 04:30:43.235847|TRANSACTION_FEE_BANK_WITHDRAWAL|EUR|-250|9650|null|Settlement Fee|"
                                + "Automatic EUR settlement 7|merchant1|null|null|5000000001|null");
    }

    @Test
    void theSameReportAgainIsTheStoredOneAndChangesNothing() {
        LocalDate date = aDate();
        String csv = HEADER + "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,10.00,10.00,1000000002,"
                + "Deposit,msg-2,merchant1,,,5000000002,\r\n";
        StoredReport first = store(date, csv);
        long reports = tables.count("select count(*) from settlement_report");
        long rows = tables.count("select count(*) from report_row");

        StoredReport again = store(date, csv);

        assertThat(again).isEqualTo(new StoredReport(first.reportId(), date, 1, null, false));
        assertThat(tables.count("select count(*) from settlement_report")).isEqualTo(reports);
        assertThat(tables.count("select count(*) from report_row")).isEqualTo(rows);
    }

    @Test
    void headerOnlyReportsOfTwoDatesAreTwoReports() {
        StoredReport one = store(aDate(), HEADER);
        StoredReport other = store(aDate(), HEADER);

        assertThat(other.reportId()).isNotEqualTo(one.reportId());
        assertThat(other.created()).isTrue();
        assertThat(other.rowCount()).isZero();
    }

    @Test
    void aReportWithAnInvalidRowLeavesNothingStored() {
        long reports = tables.count("select count(*) from settlement_report");
        long rows = tables.count("select count(*) from report_row");
        String csv = HEADER
                + "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,10.00,10.00,1000000003,Deposit,m,u,,,1,\r\n"
                + "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,10.00,10.00,1000000004,Deposit,m,u,,,1,\r\n"
                + "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,10.001,10.00,1000000005,Deposit,m,u,,,1,\r\n";

        SettlementCsvException error = catchThrowableOfType(SettlementCsvException.class, () -> store(aDate(), csv));

        assertThat(error.rowNumber()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("amount");
        assertThat(tables.count("select count(*) from settlement_report")).isEqualTo(reports);
        assertThat(tables.count("select count(*) from report_row")).isEqualTo(rows);
    }

    @Test
    void aMillionRowReportStreamsIntoTheTable() {
        int count = 1_000_000;
        LocalDate date = aDate();
        long started = System.nanoTime();

        StoredReport stored = store.store(ReportSource.UPLOAD, date,
                ReportContent.ofStream(date, new GeneratedUpload(count), Long.MAX_VALUE));

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("stored %d report rows in %.1f s (%.0f rows/s)%n", count, seconds, count / seconds);
        assertThat(stored.rowCount()).isEqualTo(count);
        assertThat(tables.rows("select count(*), sum(amount_minor), min(row_number), max(row_number) from report_row where report_id = "
                + stored.reportId())).containsExactly(count + "|" + GeneratedUpload.sum(count) + "|1|" + count);
    }

    @Test
    void rowsLargerThanTheCopyBuffersRoomAreStoredWhole() {
        // 60,000 three-byte characters: 180 KB a row, more than the room the copy keeps behind a nearly full buffer
        String longText = "\u20ac".repeat(60_000);
        String row = "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,1.00,,1000000001,Deposit,"
                + longText + ",merchant1,,,,\r\n";
        String last = "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,2.00,,1000000002,Deposit,"
                + "msg-3,merchant1,,,,\r\n";

        StoredReport stored = store(aDate(), HEADER + row + row + last);

        assertThat(stored.rowCount()).isEqualTo(3);
        assertThat(tables.rows("select row_number, length(message_id), message_id = repeat(chr(8364), 60000), amount_minor"
                + " from report_row where report_id = " + stored.reportId() + " order by row_number"))
                .containsExactly("1|60000|t|100", "2|60000|t|100", "3|5|f|200");
    }

    private StoredReport store(LocalDate date, String csv) {
        return store.store(ReportSource.UPLOAD, date,
                ReportContent.ofStream(date, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1 << 20));
    }

    /** A date of its own for each report (far from any other test's), so that reports never collide. */
    private static LocalDate aDate() {
        return LocalDate.of(2101, 1, 1).plusDays(DATES.incrementAndGet());
    }

    /** An upload of {@code rows} deposits whose bytes are made as they are read. */
    static final class GeneratedUpload extends InputStream {

        private final int rows;
        private byte[] pending = HEADER.getBytes(StandardCharsets.UTF_8);
        private int offset;
        private int produced;

        GeneratedUpload(int rows) {
            this.rows = rows;
        }

        static long cents(int row) {
            return row % 10_000 + 1;
        }

        static long sum(int rows) {
            long sum = 0;
            for (int row = 1; row <= rows; row++) {
                sum += cents(row);
            }
            return sum;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int start, int length) {
            if (offset == pending.length) {
                if (produced == rows) {
                    return -1;
                }
                produced++;
                long cents = cents(produced);
                pending = ("2026-11-20 10:15:30." + (100_000 + produced % 900_000) + "+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,"
                        + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100 + ",1.00," + (2_000_000_000L + produced)
                        + ",Deposit,msg-" + produced + ",merchant1,,,5000000001,INV-" + produced + "\r\n").getBytes(StandardCharsets.UTF_8);
                offset = 0;
            }
            int count = Math.min(length, pending.length - offset);
            System.arraycopy(pending, offset, target, start, count);
            offset += count;
            return count;
        }
    }
}
