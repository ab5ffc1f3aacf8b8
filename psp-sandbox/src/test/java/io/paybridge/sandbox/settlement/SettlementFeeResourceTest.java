package io.paybridge.sandbox.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.MerchantApiTest;
import io.paybridge.sandbox.api.TrustlyRequests;
import io.paybridge.support.money.Money;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With a Settlement Fee configured, each settled currency carries one fee row, in its total and its bank transfer. */
@QuarkusTest
@TestProfile(SettlementFeeResourceTest.SettlementFee.class)
@WithTestResource(PostgresTestResource.class)
class SettlementFeeResourceTest extends MerchantApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** A Settlement Fee of 2.50 per currency. */
    public static class SettlementFee implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.sandbox.fees.settlement", "2.50");
        }
    }

    @Test
    void eachSettledCurrencyPaysOneSettlementFeeInItsTotalAndItsTransfer() {
        creditedDeposit("EUR", "100.00");
        creditedDeposit("SEK", "250.00");

        JsonPath run = settle();

        String reference = run.getString("settlements[0].settlementBankWithdrawalId");
        // EUR 100.00 - 1.00 deposit fee - 2.50 settlement fee; SEK 250.00 - 1.00 - 2.50
        assertThat(run.getMap("settlements[0].totals")).isEqualTo(Map.of("EUR", "96.50", "SEK", "246.50"));
        assertThat(run.getInt("settlements[0].rowCount")).isEqualTo(6);
        List<Map<String, String>> rows = SettlementResourceTest.parse(
                given().get("/sandbox/settlements/" + run.getLong("settlements[0].id")).then().statusCode(200).extract().asString());
        List<Map<String, String>> fees = rows.stream().filter(row -> "Settlement Fee".equals(row.get("ordertype"))).toList();
        assertThat(fees).extracting(row -> row.get("currency") + " " + row.get("amount")).containsExactlyInAnyOrder("EUR -2.50", "SEK -2.50");
        assertThat(fees).extracting(row -> row.get("orderid")).containsOnly("");
        assertThat(fees).extracting(row -> row.get("accountname")).containsOnly("TRANSACTION_FEE_BANK_WITHDRAWAL");
        assertThat(fees).extracting(row -> row.get("settlementbankwithdrawalid")).containsOnly(reference);
        assertThat(fees).extracting(row -> row.get("messageid")).allSatisfy(messageId -> assertThat(messageId).startsWith("Automatic "));
        Map<String, Long> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(row.get("currency"), Money.parse(row.get("amount"), row.get("currency")).minorUnits(), Long::sum));
        assertThat(sums).isEqualTo(Map.of("EUR", 96_50L, "SEK", 246_50L));
        assertThat(transfers(reference)).containsExactlyInAnyOrder("EUR -96.50", "SEK -246.50");
        assertThat(merchant.call("Balance", TrustlyRequests.none()).data(sandbox).toString())
                .isEqualTo("[{\"currency\":\"EUR\",\"balance\":\"0.00\"},{\"currency\":\"SEK\",\"balance\":\"0.00\"}]");
    }

    @Test
    void aCurrencyWhoseTotalCannotPayTheFeeWaitsForTheNextSettlement() {
        creditedDeposit("EUR", "3.00");
        creditedDeposit("SEK", "250.00");

        JsonPath run = settle();

        // EUR 3.00 - 1.00 deposit fee leaves 2.00, less than the fee: rolled over, no fee row
        assertThat(run.getMap("settlements[0].totals")).isEqualTo(Map.of("SEK", "246.50"));
        assertThat(run.getInt("settlements[0].rowCount")).isEqualTo(3);
        assertThat(fixtures.entries(merchant.username())).filteredOn(entry -> entry.currency.equals("EUR"))
                .extracting(entry -> entry.orderType + " " + entry.settlementId).containsExactly("Deposit null", "Deposit Fee null");
    }

    private JsonPath settle() {
        return given().contentType("application/json").body(Map.of("date", TODAY.toString(), "merchant", merchant.username()))
                .post("/sandbox/settlements").then().statusCode(201).extract().jsonPath();
    }

    /** The AccountLedger entries whose messageid is the reference, as currency and amount. */
    private List<String> transfers(String reference) {
        JsonNode ledger = merchant.call("AccountLedger", TrustlyRequests.accountLedger(TODAY, TODAY.plusDays(1), null)).data(sandbox);
        List<String> found = new ArrayList<>();
        ledger.forEach(entry -> {
            if (reference.equals(entry.path("messageid").asText())) {
                found.add(entry.get("currency").asText() + " " + entry.get("amount").asText());
            }
        });
        return found;
    }
}
