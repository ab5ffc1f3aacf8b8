package io.paybridge.trustly.api.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The streaming v1.2 settlement report reader: RFC 4180, strict rows with their row numbers, exact minor units. */
class SettlementCsvReaderTest {

    private static final String HEADER = String.join(",", SettlementCsvReader.COLUMNS);

    private static final SettlementRecord DEPOSIT = new SettlementRecord(1, OffsetDateTime.parse("2026-11-20T10:15:30.123456Z"),
            "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE", "EUR", 100_00, 97_50L, "1288208729", "Deposit", "msg-1", "merchant1",
            null, null, "5000000001", "INV-1");

    @Test
    void readsEveryColumnOfARowInMinorUnits() {
        List<SettlementRecord> records = readAll(HEADER + "\n" + line(valid()) + "\n");

        assertThat(records).containsExactly(DEPOSIT);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksOfEitherKind() {
        Map<String, String> row = valid();
        row.put("messageid", "\"said \"\"hi\"\", then\nleft\r\nagain\"");
        row.put("externalreference", "\"INV-9, part 1\"");

        SettlementRecord record = readAll(HEADER + "\n" + line(row) + "\n").get(0);

        assertThat(record.messageId()).isEqualTo("said \"hi\", then\nleft\r\nagain");
        assertThat(record.externalReference()).isEqualTo("INV-9, part 1");
    }

    @Test
    void crlfLineEndsABomBlankLinesAndAMissingFinalLineEndAreAccepted() {
        Map<String, String> second = valid();
        second.put("orderid", "1288208730");
        String csv = "\uFEFF" + HEADER + "\r\n" + line(valid()) + "\r\n\r\n" + line(second);

        List<SettlementRecord> records = readAll(csv);

        assertThat(records).extracting(SettlementRecord::rowNumber).containsExactly(1, 2);
        assertThat(records).extracting(SettlementRecord::orderId).containsExactly("1288208729", "1288208730");
        assertThat(records.get(0)).isEqualTo(DEPOSIT);
    }

    @Test
    void columnsAreFoundByNameInAnyOrderCaseInsensitivelyWithExtrarefAndUnknownColumnsIgnored() {
        List<String> names = new ArrayList<>(SettlementCsvReader.COLUMNS);
        java.util.Collections.reverse(names);
        Map<String, String> row = valid();
        String header = String.join(",", names).replace("externalreference", " ExtraRef ").replace("amount", "AMOUNT")
                + ",somethingnew";
        String values = String.join(",", names.stream().map(row::get).toList()) + ",ignored";

        assertThat(readAll(header + "\n" + values + "\n")).containsExactly(DEPOSIT);
    }

    @Test
    void amountsAreExactInTheirCurrencysMinorUnits() {
        assertThat(amountOf("EUR", "-1.00")).isEqualTo(-100);
        assertThat(amountOf("EUR", "11")).isEqualTo(1100);
        assertThat(amountOf("EUR", "+5.5")).isEqualTo(550);
        assertThat(amountOf("EUR", "10.500")).isEqualTo(1050);
        assertThat(amountOf("EUR", "0.00")).isZero();
        assertThat(amountOf("JPY", "100")).isEqualTo(100);
        assertThat(amountOf("JPY", "100.00")).isEqualTo(100);
        assertThat(amountOf("BHD", "1.005")).isEqualTo(1005);
        assertThat(amountOf("SEK", "92233720368547758.07")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void feeAndSettlementRowsNeedNoOrderAndFxRowsCarryBothFxFields() {
        Map<String, String> fee = valid();
        fee.put("orderid", "");
        fee.put("ordertype", "\"Settlement Fee\"");
        fee.put("amount", "-1.00");
        Map<String, String> fx = valid();
        fx.put("fxpaymentamount", "1500.00");
        fx.put("fxpaymentcurrency", "SEK");

        List<SettlementRecord> records = readAll(HEADER + "\n" + line(fee) + "\n" + line(fx) + "\n");

        assertThat(records.get(0).orderId()).isNull();
        assertThat(records.get(0).orderType()).isEqualTo("Settlement Fee");
        assertThat(records.get(1).fxPaymentAmountMinor()).isEqualTo(1500_00L);
        assertThat(records.get(1).fxPaymentCurrency()).isEqualTo("SEK");
    }

    @Test
    void aHeaderOnlyReportHasNoRows() {
        assertThat(readAll(HEADER + "\n")).isEmpty();
    }

    /** A field set to a bad value in the third row: the column, and what the message says about it. */
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                bad("datestamp", "yesterday", "is not a timestamp"),
                bad("datestamp", "2026-11-20 10:15:30", "is not a timestamp"),
                bad("datestamp", "", "is required"),
                bad("accountname", "", "is required"),
                bad("accountname", " ", "is required"),
                bad("currency", "", "is required"),
                bad("currency", "eur", "is not three upper-case letters"),
                bad("currency", "EURO", "is not three upper-case letters"),
                bad("currency", "XYZ", "is not an ISO 4217 currency"),
                bad("currency", "XAU", "has no minor unit"),
                bad("amount", "", "is required"),
                bad("amount", "1.005", "has more decimals than its currency's 2"),
                bad("amount", "\"1,00\"", "is not an amount"),
                bad("amount", "1e3", "is not an amount"),
                bad("amount", "1.", "is not an amount"),
                bad("amount", ".5", "is not an amount"),
                bad("amount", "-", "is not an amount"),
                bad("amount", "99999999999999999999", "is too large"),
                bad("total", "about 97", "is not an amount"),
                bad("total", "97.501", "has more decimals than its currency's 2"),
                bad("ordertype", "", "is required when orderid is present"),
                bad("fxpaymentamount", "1500.00", "is required with fxpaymentamount", "fxpaymentcurrency"),
                bad("fxpaymentcurrency", "SEK", "is required with fxpaymentcurrency", "fxpaymentamount"),
                bad("messageid", "ab\"c", "has a quote inside an unquoted field (quote the whole field and double the quote)"),
                bad("messageid", "\"ab\"c", "has text after its closing quote"),
                bad("messageid", "x".repeat(CsvRecords.MAX_RECORD_CHARS + 1), "makes the row longer than 65536 characters"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidFields")
    void aBadFieldNamesItsRowAndColumn(String field, String value, String problem, String column) {
        Map<String, String> row = valid();
        row.put(field, value);
        String csv = HEADER + "\n" + line(valid()) + "\n\n" + line(valid()) + "\n" + line(row) + "\n" + line(valid()) + "\n";

        SettlementCsvException error = readUntilFailure(csv);

        assertThat(error.rowNumber()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.getMessage()).isEqualTo("settlement report row 3: " + column + " " + problem);
    }

    @Test
    void fieldsThatRunAcrossTheReadersBufferKeepTheirTextAndTheirChecks() {
        // message ids of 1 to 3,000 characters: fields end, and run across the reader's 16K buffer, at every offset
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<String> messageIds = new ArrayList<>();
        for (int length = 1; length <= 3_000; length += 7) {
            Map<String, String> row = valid();
            String messageId = "m".repeat(length - 1) + (char) ('a' + length % 26);
            row.put("messageid", messageId);
            messageIds.add(messageId);
            csv.append(line(row)).append(length % 2 == 0 ? "\r\n" : "\n");
        }

        assertThat(readAll(csv.toString())).extracting(SettlementRecord::messageId).containsExactlyElementsOf(messageIds);

        Map<String, String> quoted = valid();
        quoted.put("messageid", "x".repeat(40_000) + "\"x");
        SettlementCsvException error = readUntilFailure(HEADER + "\n" + line(valid()) + "\n" + line(quoted) + "\n");
        assertThat(error.rowNumber()).isEqualTo(2);
        assertThat(error.problem()).isEqualTo("has a quote inside an unquoted field (quote the whole field and double the quote)");
    }

    @Test
    void anFxAmountWithMoreDecimalsThanItsCurrencyHasIsRefused() {
        Map<String, String> row = valid();
        row.put("fxpaymentamount", "10");
        row.put("fxpaymentcurrency", "SEK");
        Map<String, String> yen = valid();
        yen.put("fxpaymentamount", "1500.5");
        yen.put("fxpaymentcurrency", "JPY");

        SettlementCsvException error = readUntilFailure(HEADER + "\n" + line(row) + "\n" + line(yen) + "\n");

        assertThat(error.rowNumber()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("fxpaymentamount");
        assertThat(error.problem()).isEqualTo("has more decimals than its currency's 0");
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderNamesNoColumn() {
        SettlementCsvException longer = readUntilFailure(HEADER + "\n" + line(valid()) + ",surplus\n");
        SettlementCsvException shorter = readUntilFailure(HEADER + "\n" + line(valid()) + "\n" + "a,b,c\n");

        assertThat(longer.getMessage()).isEqualTo("settlement report row 1 has more fields than the header (14, not 13)");
        assertThat(longer.column()).isNull();
        assertThat(shorter.getMessage()).isEqualTo("settlement report row 2 has fewer fields than the header (3, not 13)");
        assertThat(shorter.rowNumber()).isEqualTo(2);
    }

    @Test
    void anUnterminatedQuoteNamesTheRowAndColumnWhereItOpens() {
        Map<String, String> row = valid();
        row.put("username", "\"merchant1");

        SettlementCsvException error = readUntilFailure(HEADER + "\n" + line(valid()) + "\n" + line(row) + "\n" + line(valid()) + "\n");

        assertThat(error.rowNumber()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("username");
        assertThat(error.problem()).isEqualTo("has an unterminated quote");
    }

    static List<String> columns() {
        return SettlementCsvReader.COLUMNS;
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("columns")
    void aHeaderWithoutAV12ColumnIsRefusedAsRowZero(String column) {
        List<String> names = new ArrayList<>(SettlementCsvReader.COLUMNS);
        names.remove(column);

        SettlementCsvException error = readUntilFailure(String.join(",", names) + "\n");

        assertThat(error.rowNumber()).isZero();
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.getMessage()).isEqualTo("the settlement report has no " + column + " column");
    }

    @Test
    void aColumnTwiceOrNoHeaderAtAllIsRefused() {
        SettlementCsvException twice = readUntilFailure(HEADER + ",extraref\n");
        SettlementCsvException empty = readUntilFailure("\r\n\n");

        assertThat(twice.getMessage()).isEqualTo("the settlement report has the column externalreference twice");
        assertThat(twice.column()).isEqualTo("externalreference");
        assertThat(empty.getMessage()).isEqualTo("the settlement report is empty: it has no header line");
        assertThat(empty.rowNumber()).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirRow() {
        byte[] good = (HEADER + "\n" + line(valid()) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        bad[good.length + 2] = '\n';
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bad), StandardCharsets.UTF_8.newDecoder());

        SettlementCsvException error = catchThrowableOfType(SettlementCsvException.class, () -> {
            try (SettlementCsvReader csv = SettlementCsvReader.open(reader)) {
                while (csv.next() != null) {
                    // read on
                }
            }
        });

        assertThat(error.problem()).isEqualTo("holds bytes that are not text in the report's encoding (UTF-8)");
    }

    @Test
    void aMillionRowsStreamThroughWithoutTheReaderRunningAheadOfTheRowItAnswers() {
        int rows = 1_000_000;
        GeneratedReport report = new GeneratedReport(rows);
        long sum = 0;
        int count = 0;
        int mostAhead = 0;

        try (SettlementCsvReader reader = SettlementCsvReader.open(report)) {
            for (SettlementRecord record = reader.next(); record != null; record = reader.next()) {
                count++;
                sum += record.amountMinor();
                mostAhead = Math.max(mostAhead, report.rowsProduced() - record.rowNumber());
                assertThat(record.rowNumber()).isEqualTo(count);
            }
        }

        assertThat(count).isEqualTo(rows);
        assertThat(sum).isEqualTo(GeneratedReport.expectedSum(rows));
        // the reader holds one 16 KiB buffer (about 140 of these rows) and the row it answers, never the report
        assertThat(mostAhead).isLessThan(200);
    }

    /** A report of {@code rows} deposits produced while it is read: at no time does its text exist as a whole. */
    private static final class GeneratedReport extends Reader {

        private final int rows;
        private final StringBuilder pending = new StringBuilder(HEADER).append('\n');
        private int produced;
        private int offset;

        GeneratedReport(int rows) {
            this.rows = rows;
        }

        static long cents(int row) {
            return row % 10_000 + 1;
        }

        static long expectedSum(int rows) {
            long sum = 0;
            for (int row = 1; row <= rows; row++) {
                sum += cents(row);
            }
            return sum;
        }

        int rowsProduced() {
            return produced;
        }

        @Override
        public int read(char[] target, int start, int length) {
            if (offset == pending.length()) {
                if (produced == rows) {
                    return -1;
                }
                pending.setLength(0);
                offset = 0;
                produced++;
                long cents = cents(produced);
                pending.append("2026-11-20 10:15:30.").append(100_000 + produced % 900_000).append("+00,")
                        .append("SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE,EUR,")
                        .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100)
                        .append(",1.00,").append(1_000_000_000L + produced).append(",Deposit,msg-").append(produced)
                        .append(",merchant1,,,5000000001,\"INV ").append(produced).append(", paid\"\n");
            }
            int count = Math.min(length, pending.length() - offset);
            pending.getChars(offset, offset + count, target, start);
            offset += count;
            return count;
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    private static Arguments bad(String column, String value, String problem) {
        return Arguments.of(column, value, problem, column);
    }

    private static Arguments bad(String field, String value, String problem, String column) {
        return Arguments.of(field, value, problem, column);
    }

    private static long amountOf(String currency, String amount) {
        Map<String, String> row = valid();
        row.put("currency", currency);
        row.put("amount", amount);
        row.put("total", "");
        return readAll(HEADER + "\n" + line(row) + "\n").get(0).amountMinor();
    }

    /** A valid row's fields by column, as written (already quoted where a value needs it). */
    private static Map<String, String> valid() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("datestamp", "2026-11-20 10:15:30.123456+00");
        row.put("accountname", "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE");
        row.put("currency", "EUR");
        row.put("amount", "100.00");
        row.put("total", "97.50");
        row.put("orderid", "1288208729");
        row.put("ordertype", "Deposit");
        row.put("messageid", "msg-1");
        row.put("username", "merchant1");
        row.put("fxpaymentamount", "");
        row.put("fxpaymentcurrency", "");
        row.put("settlementbankwithdrawalid", "5000000001");
        row.put("externalreference", "INV-1");
        return row;
    }

    private static String line(Map<String, String> row) {
        return String.join(",", SettlementCsvReader.COLUMNS.stream().map(row::get).toList());
    }

    private static List<SettlementRecord> readAll(String csv) {
        List<SettlementRecord> records = new ArrayList<>();
        read(csv, records::add);
        return records;
    }

    private static SettlementCsvException readUntilFailure(String csv) {
        return catchThrowableOfType(SettlementCsvException.class, () -> read(csv, record -> { }));
    }

    private static void read(String csv, Consumer<SettlementRecord> each) {
        try (SettlementCsvReader reader = SettlementCsvReader.open(new StringReader(csv))) {
            for (SettlementRecord record = reader.next(); record != null; record = reader.next()) {
                each.accept(record);
            }
        }
    }
}
