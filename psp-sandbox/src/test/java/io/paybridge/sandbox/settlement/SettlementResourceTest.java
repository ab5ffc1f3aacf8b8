package io.paybridge.sandbox.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.api.MerchantApiTest;
import io.paybridge.sandbox.api.TrustlyRequests;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.support.money.Money;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** Settlements pay the merchant's settled money out and publish ViewAutomaticSettlementDetailsCSV v1.2. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SettlementResourceTest extends MerchantApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theReportsRowsSumToItsTotalsAndTheBalanceIsPaidOut() {
        long eur = creditedDeposit("EUR", "100.00", "order 7, \"blue\"");
        creditedDeposit("SEK", "250.00");
        merchant.call("Refund", TrustlyRequests.refund(eur, "30.00", "EUR")).data(sandbox);

        JsonPath run = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        assertThat(run.getList("settlements")).hasSize(1);
        long id = run.getLong("settlements[0].id");
        String reference = run.getString("settlements[0].settlementBankWithdrawalId");
        assertThat(reference).matches("\\d{10}");
        // EUR 100.00 - 1.00 fee - 30.00 refund - 1.00 refund fee; SEK 250.00 - 1.00 fee
        assertThat(run.getMap("settlements[0].totals")).isEqualTo(Map.of("EUR", "68.00", "SEK", "249.00"));
        assertThat(run.getInt("settlements[0].rowCount")).isEqualTo(6);

        String csv = given().get("/sandbox/settlements/" + id).then().statusCode(200).contentType("text/csv").extract().asString();
        List<Map<String, String>> rows = parse(csv);
        assertThat(rows).hasSize(6);
        Map<String, Long> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(row.get("currency"), Money.parse(row.get("amount"), row.get("currency")).minorUnits(), Long::sum));
        rows.forEach(row -> assertThat(Money.parse(row.get("total"), row.get("currency")).minorUnits()).isEqualTo(sums.get(row.get("currency"))));
        assertThat(sums).isEqualTo(Map.of("EUR", 68_00L, "SEK", 249_00L));
        assertThat(rows).extracting(row -> row.get("settlementbankwithdrawalid")).containsOnly(reference);
        assertThat(rows).extracting(row -> row.get("username")).containsOnly(merchant.username());
        assertThat(rows).extracting(row -> row.get("ordertype"))
                .containsExactlyInAnyOrder("Deposit", "Deposit Fee", "Deposit", "Deposit Fee", "Refund", "Refund Fee");
        assertThat(rows).extracting(row -> row.get("externalreference")).contains("order 7, \"blue\"");
        assertThat(rows.get(0).get("datestamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00");
        assertThat(merchant.call("Balance", TrustlyRequests.none()).data(sandbox).toString())
                .isEqualTo("[{\"currency\":\"EUR\",\"balance\":\"0.00\"},{\"currency\":\"SEK\",\"balance\":\"0.00\"}]");
    }

    @Test
    void theBankTransferIsInTheAccountLedgerUnderTheReportsReference() {
        creditedDeposit("EUR", "100.00");
        creditedDeposit("SEK", "250.00");

        JsonPath run = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        String reference = run.getString("settlements[0].settlementBankWithdrawalId");
        JsonNode ledger = merchant.call("AccountLedger", TrustlyRequests.accountLedger(TODAY, TODAY.plusDays(1), null)).data(sandbox);
        List<JsonNode> transfers = new java.util.ArrayList<>();
        ledger.forEach(entry -> {
            if (reference.equals(entry.path("messageid").asText())) {
                transfers.add(entry);
            }
        });
        assertThat(transfers).extracting(entry -> entry.get("accountname").asText()).containsOnly("SETTLEMENT_BANK_WITHDRAWAL");
        assertThat(transfers).extracting(entry -> entry.get("transactiontype").asText())
                .containsOnly("Automatic settlement " + reference + " to merchant bank account");
        assertThat(transfers).extracting(entry -> entry.get("currency").asText() + " " + entry.get("amount").asText())
                .containsExactlyInAnyOrder("EUR -99.00", "SEK -249.00");
        assertThat(parse(report(null))).extracting(row -> row.get("ordertype")).doesNotContain("Settlement Fee");
    }

    @Test
    void theApiServesTheSameReportAndFiltersByCurrency() {
        creditedDeposit("EUR", "100.00");
        creditedDeposit("SEK", "250.00");
        long id = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username())).getLong("settlements[0].id");
        String stored = given().get("/sandbox/settlements/" + id).then().statusCode(200).extract().asString();

        String all = report(null);
        String sek = report("SEK");

        assertThat(all).isEqualTo(stored);
        assertThat(parse(sek)).extracting(row -> row.get("currency")).containsOnly("SEK").hasSize(2);
        assertThat(parse(sek)).extracting(row -> row.get("total")).containsOnly("249.00");
    }

    @Test
    void aSettlementWithNothingToSettleHasAHeaderOnlyReportAndNoBankTransfer() {
        JsonPath run = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        assertThat(run.getInt("settlements[0].rowCount")).isZero();
        assertThat(run.getString("settlements[0].settlementBankWithdrawalId")).isNull();
        assertThat(report(null)).isEqualTo(SettlementReport.HEADER + "\n");
    }

    @Test
    void aDatesSettlementsAreListed() {
        long id = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username())).getLong("settlements[0].id");

        JsonPath listed = given().queryParam("date", TODAY.toString()).queryParam("merchant", merchant.username())
                .get("/sandbox/settlements").then().statusCode(200).extract().jsonPath();

        assertThat(listed.getList("settlements.id", Long.class)).containsExactly(id);
        assertThat(listed.getString("settlements[0].report")).isEqualTo("/sandbox/settlements/" + id);
    }

    @Test
    void aDateWithoutSettlementHasAHeaderOnlyReport() {
        assertThat(report(null)).isEqualTo(SettlementReport.HEADER + "\n");
    }

    @Test
    void entriesAfterTheSettlementDateWaitForTheNextSettlement() {
        creditedDeposit("EUR", "100.00");

        JsonPath run = settle(Map.of("date", TODAY.minusDays(1).toString(), "merchant", merchant.username()));

        assertThat(run.getInt("settlements[0].rowCount")).isZero();
        assertThat(fixtures.entries(merchant.username())).extracting(entry -> entry.settlementId).containsOnlyNulls();
    }

    @Test
    void settledEntriesAreNotSettledTwice() {
        creditedDeposit("EUR", "100.00");
        settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        JsonPath again = settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        assertThat(again.getInt("settlements[0].rowCount")).isZero();
        assertThat(fixtures.entries(merchant.username())).extracting(entry -> entry.orderType)
                .containsExactly("Deposit", "Deposit Fee", "Settlement");
        assertThat(fixtures.entries(merchant.username())).extracting(LedgerEntry::toString).hasSize(3);
    }

    @Test
    void withoutAMerchantEveryMerchantIsSettled() {
        creditedDeposit("EUR", "10.00");

        JsonPath run = settle(Map.of("date", TODAY.toString()));

        assertThat(run.getList("settlements.merchant")).contains(merchant.username());
    }

    @Test
    void aReportWithAnotherApiVersionIsInvalidParameters() {
        ObjectNode request = TrustlyRequests.settlementReport(TODAY, null);
        ((ObjectNode) request.get("Attributes")).put("APIVersion", "1.1");

        assertThat(merchant.call("ViewAutomaticSettlementDetailsCSV", request).errorCode(sandbox)).isEqualTo(623);
    }

    @Test
    void aBadDateIsAProblemNamingTheField() {
        given().contentType("application/json").body(Map.of("date", "21.11.2026"))
                .post("/sandbox/settlements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", hasItem("date"));
    }

    @Test
    void anUnknownMerchantIsAProblemNamingTheField() {
        given().contentType("application/json").body(Map.of("date", TODAY.toString(), "merchant", "nobody-here"))
                .post("/sandbox/settlements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", hasItem("merchant"));
    }

    @Test
    void anUnknownCurrencyIsAProblemNamingTheField() {
        given().contentType("application/json").body(Map.of("date", TODAY.toString(), "currency", "XYZ"))
                .post("/sandbox/settlements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", hasItem("currency"));
    }

    @Test
    void anUnknownSettlementIsNotFound() {
        given().get("/sandbox/settlements/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDateSettledTwiceReportsEachBatchWithItsOwnTotal() {
        creditedDeposit("EUR", "40.00");
        settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));
        creditedDeposit("EUR", "15.00");
        settle(Map.of("date", TODAY.toString(), "merchant", merchant.username()));

        List<Map<String, String>> rows = parse(report("EUR"));

        Map<String, Long> batches = new HashMap<>();
        rows.forEach(row -> batches.merge(row.get("settlementbankwithdrawalid"),
                Money.parse(row.get("amount"), row.get("currency")).minorUnits(), Long::sum));
        assertThat(batches).as("two batches at least: the date was settled twice").hasSizeGreaterThanOrEqualTo(2);
        rows.forEach(row -> assertThat(Money.parse(row.get("total"), row.get("currency")).minorUnits())
                .as("the total of a row of batch %s", row.get("settlementbankwithdrawalid"))
                .isEqualTo(batches.get(row.get("settlementbankwithdrawalid"))));
    }

    private long creditedDeposit(String currency, String amount, String externalReference) {
        ObjectNode request = TrustlyRequests.deposit();
        ((ObjectNode) request.get("Attributes")).put("Currency", currency).put("Amount", amount).put("ExternalReference", externalReference);
        long deposit = deposit(request);
        fixtures.creditDeposit(deposit);
        return deposit;
    }

    private static JsonPath settle(Map<String, String> body) {
        return given().contentType("application/json").body(body).post("/sandbox/settlements")
                .then().statusCode(201).extract().jsonPath();
    }

    private String report(String currency) {
        JsonNode data = merchant.call("ViewAutomaticSettlementDetailsCSV", TrustlyRequests.settlementReport(TODAY, currency)).data(sandbox);
        assertThat(data.size()).isEqualTo(1);
        return data.get("view_automatic_settlement_details").asText();
    }

    /** Reads the CSV by its header, with RFC 4180 quotes. */
    static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = Csv.records(csv);
        List<String> header = records.get(0);
        assertThat(String.join(",", header)).isEqualTo(SettlementReport.HEADER);
        return records.subList(1, records.size()).stream().map(fields -> {
            assertThat(fields).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            return row;
        }).toList();
    }
}
