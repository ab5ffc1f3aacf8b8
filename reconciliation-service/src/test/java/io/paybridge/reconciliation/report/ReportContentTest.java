package io.paybridge.reconciliation.report;

import io.paybridge.trustly.api.report.SettlementCsvException;
import io.paybridge.trustly.api.report.SettlementCsvReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A report's identity is its date and its bytes, known once read; uploads are strict UTF-8 and limited in size. */
class ReportContentTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static final String CSV = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
            + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference\n"
            + "2026-11-20 10:15:30+00,SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,10.00,10.00,1,Deposit,m,u,,,5000000001,Ré\n";

    @Test
    void anUploadAndThePspsTextOfTheSameReportAndDateAreOneReportAndAnotherDateIsAnother() throws IOException {
        String uploaded = readAll(ReportContent.ofStream(DATE, stream(CSV), 1 << 20));
        String pulled = readAll(ReportContent.ofText(DATE, CSV));
        String otherDate = readAll(ReportContent.ofText(DATE.plusDays(1), CSV));

        assertThat(uploaded).isEqualTo(pulled).matches("[0-9a-f]{64}");
        assertThat(otherDate).isNotEqualTo(pulled);
    }

    @Test
    void anUploadPastTheLimitFailsWhileItIsRead() {
        ReportContent content = ReportContent.ofStream(DATE, stream(CSV + CSV.substring(CSV.indexOf('\n') + 1).repeat(100)), 1000);

        UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, () -> readRows(content));

        assertThat(failure.getCause()).isInstanceOf(ReportContent.TooLargeException.class);
        assertThat(((ReportContent.TooLargeException) failure.getCause()).maxBytes()).isEqualTo(1000);
    }

    @Test
    void bytesThatAreNotUtf8AreAnInvalidReport() {
        byte[] latin1 = CSV.getBytes(StandardCharsets.ISO_8859_1);

        SettlementCsvException failure = catchThrowableOfType(SettlementCsvException.class,
                () -> readRows(ReportContent.ofStream(DATE, new ByteArrayInputStream(latin1), 1 << 20)));

        assertThat(failure.problem()).isEqualTo("holds bytes that are not text in the report's encoding (UTF-8)");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void readRows(ReportContent content) {
        try (SettlementCsvReader reader = SettlementCsvReader.open(content.reader())) {
            while (reader.next() != null) {
                // to the end
            }
        }
    }

    /** Reads the text to its end and answers the identity. */
    private static String readAll(ReportContent content) throws IOException {
        Reader reader = content.reader();
        char[] buffer = new char[64];
        while (reader.read(buffer) >= 0) {
            // to the end
        }
        return content.sha256();
    }
}
