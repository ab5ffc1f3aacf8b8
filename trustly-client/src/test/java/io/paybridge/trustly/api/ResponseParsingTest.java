package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.payin.CancelChargeResult;
import io.paybridge.trustly.api.payin.ChargeResult;
import io.paybridge.trustly.api.payout.RegisteredAccount;
import io.paybridge.trustly.api.payout.WithdrawalEntry;
import io.paybridge.trustly.api.report.BalanceEntry;
import io.paybridge.trustly.api.report.LedgerEntry;
import io.paybridge.trustly.api.report.SettlementReport;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each method reads its result data into the typed response, including arrays and rejections. */
class ResponseParsingTest {

    private static final String URL = "https://test.trustly.com/_/orderclient.php?SessionID=1&OrderID=1371798227";

    static Stream<Arguments> orderWithUrl() {
        return Stream.of(
                Arguments.of(TestRequests.deposit().build()),
                Arguments.of(TestRequests.withdraw().build()),
                Arguments.of(TestRequests.selectAccount().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderWithUrl")
    void depositWithdrawAndSelectAccountAnswerAnOrderAndUrl(TrustlyRequest<?> request) {
        assertThat(request.readResponse(data("{\"orderid\":\"1371798227\",\"url\":\"" + URL + "\"}")))
                .isEqualTo(new OrderWithUrl("1371798227", URL));
    }

    static Stream<Arguments> orderResult() {
        return Stream.of(
                Arguments.of(TestRequests.refund()),
                Arguments.of(TestRequests.accountPayout().build()),
                Arguments.of(TestRequests.approveWithdrawal()),
                Arguments.of(TestRequests.denyWithdrawal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderResult")
    void refundPayoutAndWithdrawalDecisionsAnswerAnOrderAndResult(TrustlyRequest<?> request) {
        assertThat(request.readResponse(data("{\"orderid\":\"4034954614\",\"result\":\"1\"}")))
                .isEqualTo(new OrderResult("4034954614", true));
        assertThat(request.readResponse(data("{\"orderid\":4034954614,\"result\":0}")))
                .isEqualTo(new OrderResult("4034954614", false));
    }

    @Test
    void aResultOtherThanOneOrZeroIsMalformed() {
        assertThatThrownBy(() -> TestRequests.refund().readResponse(data("{\"orderid\":\"1\",\"result\":\"yes\"}")))
                .isInstanceOf(MalformedMessageException.class).hasMessage("data.result must be \"1\" or \"0\"");
    }

    @Test
    void aMissingOrderIdIsMalformedNamingTheMember() {
        assertThatThrownBy(() -> TestRequests.deposit().build().readResponse(data("{\"url\":\"" + URL + "\"}")))
                .isInstanceOf(MalformedMessageException.class).hasMessage("data.orderid is missing");
    }

    @Test
    void chargeAcceptedOrRejectedIsAnOutcomeNotAnError() {
        var charge = TestRequests.charge().build();

        assertThat(charge.readResponse(data("{\"result\":\"1\",\"rejected\":null,\"orderid\":\"1829735125\"}")))
                .isEqualTo(new ChargeResult.Accepted("1829735125"));
        assertThat(charge.readResponse(data("{\"result\":\"0\",\"rejected\":\"ERROR_MANDATE_NOT_FOUND\",\"orderid\":null}")))
                .isEqualTo(new ChargeResult.Rejected("ERROR_MANDATE_NOT_FOUND"));
    }

    @Test
    void cancelChargeCancelledOrRejected() {
        var cancel = TestRequests.cancelCharge();

        assertThat(cancel.readResponse(data("{\"result\":\"1\",\"rejected\":null}")))
                .isEqualTo(new CancelChargeResult.Cancelled());
        assertThat(cancel.readResponse(data("{\"result\":\"0\",\"rejected\":\"Payment already executed\"}")))
                .isEqualTo(new CancelChargeResult.Rejected("Payment already executed"));
    }

    @Test
    void balanceIsAnArrayOfCurrencyAndAmount() {
        List<BalanceEntry> balance = TestRequests.balance().readResponse(data(
                "[{\"currency\":\"EUR\",\"balance\":\"10.83\"},{\"currency\":\"SEK\",\"balance\":\"1403.6\"},"
                        + "{\"currency\":\"DKK\",\"balance\":\"-0.50\"}]"));

        assertThat(balance).containsExactly(
                new BalanceEntry("EUR", new BigDecimal("10.83")),
                new BalanceEntry("SEK", new BigDecimal("1403.60")),
                new BalanceEntry("DKK", new BigDecimal("-0.50")));
    }

    @Test
    void balanceAsAnObjectIsMalformed() {
        assertThatThrownBy(() -> TestRequests.balance().readResponse(data("{\"currency\":\"EUR\",\"balance\":\"1.00\"}")))
                .isInstanceOf(MalformedMessageException.class).hasMessage("data must be an array");
    }

    @Test
    void accountLedgerEntriesKeepEveryDecimalAndTheSign() {
        List<LedgerEntry> ledger = TestRequests.accountLedger().readResponse(data("""
                [{"userid":"3839426635","datestamp":"2014-01-30 13:28:45.652299+01","orderid":"3209647863",
                  "accountname":"SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE","messageid":"133921",
                  "transactiontype":"User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE","currency":"EUR",
                  "amount":"5.00000000000000000000","gluepayid":"3209647863"},
                 {"accountname":"TRANSACTION_FEE_BANK_DEPOSIT","orderid":"3209647863","userid":"3839426635",
                  "datestamp":"2014-01-30 13:28:45.652299+01","messageid":"133921","transactiontype":"Fee",
                  "currency":"SEK","amount":"-3.0125","gluepayid":"3209647863"}]"""));

        OffsetDateTime at = OffsetDateTime.parse("2014-01-30T13:28:45.652299+01:00");
        assertThat(ledger).containsExactly(
                new LedgerEntry("3839426635", at, "3209647863", "SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE", "133921",
                        "User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE", "EUR", new BigDecimal("5.00"), "3209647863"),
                new LedgerEntry("3839426635", at, "3209647863", "TRANSACTION_FEE_BANK_DEPOSIT", "133921", "Fee", "SEK",
                        new BigDecimal("-3.0125"), "3209647863"));
    }

    @Test
    void getWithdrawalsEntriesWithAndWithoutEta() {
        List<WithdrawalEntry> withdrawals = TestRequests.getWithdrawals().readResponse(data("""
                [{"reference":"8468487","modificationdate":"2019-03-20 14:30:11.123+00","orderid":"2755547734",
                  "datestamp":"2019-03-20 14:25:00.5+00","transferstate":"EXECUTED","amount":"100","accountid":"1520389582",
                  "currency":"SEK","eta":"2019-03-21 09:00:00+01"},
                 {"reference":"8468488","modificationdate":"2019-03-20 14:30:11.123+00","orderid":"2755547734",
                  "datestamp":"2019-03-20 14:25:00.5+00","transferstate":"QUEUED","amount":"50.50","accountid":"1520389582",
                  "currency":"SEK","eta":null}]"""));

        OffsetDateTime modified = OffsetDateTime.parse("2019-03-20T14:30:11.123Z");
        OffsetDateTime created = OffsetDateTime.parse("2019-03-20T14:25:00.5Z");
        assertThat(withdrawals).containsExactly(
                new WithdrawalEntry("8468487", modified, "2755547734", created, "EXECUTED", new BigDecimal("100.00"),
                        "1520389582", "SEK", OffsetDateTime.parse("2019-03-21T09:00:00+01:00")),
                new WithdrawalEntry("8468488", modified, "2755547734", created, "QUEUED", new BigDecimal("50.50"),
                        "1520389582", "SEK", null));
    }

    @Test
    void registerAccountWithAndWithoutDescriptor() {
        var register = TestRequests.registerAccount().build();

        assertThat(register.readResponse(data(
                "{\"accountid\":\"1520389582\",\"bank\":\"SEB\",\"clearinghouse\":\"SWEDEN\",\"descriptor\":\"*865391\"}")))
                .isEqualTo(new RegisteredAccount("1520389582", "SWEDEN", "SEB", "*865391"));
        assertThat(register.readResponse(data(
                "{\"accountid\":\"123456789\",\"bank\":\"BankA\",\"clearinghouse\":\"SWEDEN\",\"descriptor\":null}")))
                .isEqualTo(new RegisteredAccount("123456789", "SWEDEN", "BankA", null));
    }

    @Test
    void settlementReportKeepsTheCsvAsSent() {
        String csv = "datestamp,accountname,currency,amount,total,orderid,ordertype,messageid,username,"
                + "fxpaymentamount,fxpaymentcurrency,settlementbankwithdrawalid,externalreference\n";

        SettlementReport report = TestRequests.settlementReport().readResponse(
                JsonRpc.mapper().createObjectNode().put("view_automatic_settlement_details", csv));

        assertThat(report).isEqualTo(new SettlementReport(csv));
        assertThat(report.rows()).isEmpty();
    }

    private static JsonNode data(String json) {
        return JsonRpc.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
