package io.paybridge.trustly.api.report;

import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The v1.2 settlement report: RFC 4180 quoting, both spellings of the last column, exact amounts. */
class SettlementCsvParserTest {

    private static final String HEADER = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,"
            + "username,fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,";

    private static final String ROWS = ""
            + "\"2018-11-16 12:52:22.293626+00\",SUSPENSE_ACCOUNT_CLIENT_FUNDS_FINLAND_OKOY,EUR,100.00,145.00,1288208729,"
            + "Deposit,9567705,merchant1,,,1434179572,\n"
            + "\"2018-11-16 12:52:22.293626+00\",TRANSACTION_FEE_BANK_DEPOSIT,EUR,-1.00,145.00,1288208729,"
            + "\"Deposit Fee\",9567705,merchant1,,,1434179572,\n"
            + "\"2018-11-16 11:04:01.702755+00\",SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_SWED,EUR,150.00,145.00,2590840341,"
            + "Deposit,1560785,merchant1,1500.00,SEK,1434179572,\"INV-9, part 1\"\n"
            + "\"2018-11-16 05:30:43.235847+00\",TRANSACTION_FEE_BANK_WITHDRAWAL,EUR,-1.00,145.00,,\"Settlement Fee\","
            + "\"Automatic EUR settlement 83942 on 2018-11-16 05:30:43.225447+01  \",merchant1,,,1434179572,"
            + "\"said \"\"hi\"\"\nover two lines\"\n";

    private static final List<SettlementRow> EXPECTED = List.of(
            new SettlementRow(at("2018-11-16T12:52:22.293626Z"), "SUSPENSE_ACCOUNT_CLIENT_FUNDS_FINLAND_OKOY", "EUR",
                    amount("100.00"), amount("145.00"), "1288208729", "Deposit", "9567705", "merchant1", null, null,
                    "1434179572", null),
            new SettlementRow(at("2018-11-16T12:52:22.293626Z"), "TRANSACTION_FEE_BANK_DEPOSIT", "EUR", amount("-1.00"),
                    amount("145.00"), "1288208729", "Deposit Fee", "9567705", "merchant1", null, null, "1434179572", null),
            new SettlementRow(at("2018-11-16T11:04:01.702755Z"), "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_SWED", "EUR",
                    amount("150.00"), amount("145.00"), "2590840341", "Deposit", "1560785", "merchant1", amount("1500.00"),
                    "SEK", "1434179572", "INV-9, part 1"),
            new SettlementRow(at("2018-11-16T05:30:43.235847Z"), "TRANSACTION_FEE_BANK_WITHDRAWAL", "EUR", amount("-1.00"),
                    amount("145.00"), null, "Settlement Fee", "Automatic EUR settlement 83942 on 2018-11-16 05:30:43.225447+01  ",
                    "merchant1", null, null, "1434179572", "said \"hi\"\nover two lines"));

    @ParameterizedTest(name = "last column ''{0}''")
    @ValueSource(strings = {"externalreference", "extraref", "ExtraRef"})
    void parsesEveryColumnWithEitherSpellingOfTheLast(String lastColumn) {
        assertThat(SettlementCsvParser.parse(HEADER + lastColumn + "\n" + ROWS)).isEqualTo(EXPECTED);
    }

    @Test
    void crlfLineEndsAndBlankLinesAreTolerated() {
        String csv = (HEADER + "extraref\n" + ROWS).replace(",\n", ",\r\n") + "\r\n\r\n";

        assertThat(SettlementCsvParser.parse(csv)).isEqualTo(EXPECTED);
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() {
        String csv = "currency,amount,accountname,datestamp\nSEK,11,FX,2018-11-16 10:48:19.142018+00\n";

        assertThat(SettlementCsvParser.parse(csv)).containsExactly(new SettlementRow(at("2018-11-16T10:48:19.142018Z"),
                "FX", "SEK", amount("11.00"), null, null, null, null, null, null, null, null, null));
    }

    @Test
    void anEmptyReportHasNoRows() {
        assertThat(SettlementCsvParser.parse("")).isEmpty();
        assertThat(SettlementCsvParser.parse(HEADER + "externalreference\n")).isEmpty();
    }

    @Test
    void anUnterminatedQuoteIsMalformed() {
        assertThatThrownBy(() -> SettlementCsvParser.parse(HEADER + "extraref\n\"2018-11-16 12:52:22+00,X,EUR,1.00\n"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("unterminated");
    }

    @Test
    void aMissingRequiredColumnIsMalformed() {
        assertThatThrownBy(() -> SettlementCsvParser.parse("datestamp,accountname,currency\n"))
                .isInstanceOf(MalformedMessageException.class).hasMessage("the settlement report has no amount column");
    }

    @Test
    void anAmountThatIsNotANumberIsMalformed() {
        assertThatThrownBy(() -> SettlementCsvParser.parse(HEADER + "extraref\n2018-11-16 12:52:22+00,X,EUR,1.0.0,,,,,,,,,\n"))
                .isInstanceOf(MalformedMessageException.class).hasMessage("settlement report row 1: amount is not an amount");
    }

    @Test
    void aRowLongerThanTheHeaderIsMalformed() {
        assertThatThrownBy(() -> SettlementCsvParser.parse("datestamp,accountname,currency,amount\n"
                + "2018-11-16 12:52:22+00,X,EUR,1.00,surplus\n"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("more fields than the header");
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
