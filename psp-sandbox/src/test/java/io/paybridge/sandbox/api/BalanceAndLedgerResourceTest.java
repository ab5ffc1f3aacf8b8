package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Balance and AccountLedger read the merchant's Trustly account as booked. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class BalanceAndLedgerResourceTest extends MerchantApiTest {

    @Test
    void aNewMerchantHasNoBalances() {
        assertThat(merchant.call("Balance", TrustlyRequests.none()).data(sandbox).toString()).isEqualTo("[]");
    }

    @Test
    void balancesArePerCurrencyWithTwoDecimals() {
        creditedDeposit("EUR", "100.00");
        creditedDeposit("SEK", "250.50");
        creditedDeposit("EUR", "0.99");

        JsonNode balance = merchant.call("Balance", TrustlyRequests.none()).data(sandbox);

        assertThat(balance.toString()).isEqualTo("[{\"currency\":\"EUR\",\"balance\":\"98.99\"},{\"currency\":\"SEK\",\"balance\":\"249.50\"}]");
    }

    @Test
    void theAccountLedgerListsTheBookingsOfTheDaysAsked() {
        long deposit = creditedDeposit("EUR", "100.00");
        creditedDeposit("SEK", "250.50");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonNode euro = merchant.call("AccountLedger", TrustlyRequests.accountLedger(today, today.plusDays(1), "EUR")).data(sandbox);
        JsonNode all = merchant.call("AccountLedger", TrustlyRequests.accountLedger(today, today.plusDays(1), null)).data(sandbox);
        JsonNode before = merchant.call("AccountLedger", TrustlyRequests.accountLedger(today.minusDays(1), today, null)).data(sandbox);

        assertThat(all).hasSize(4);
        assertThat(before).isEmpty();
        assertThat(euro).hasSize(2);
        JsonNode credit = euro.get(0);
        assertThat(credit.get("userid").asText()).isEqualTo(Merchant.userIdOf(merchant.username()));
        assertThat(credit.get("datestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00");
        assertThat(credit.get("orderid").asText()).isEqualTo(Long.toString(deposit));
        assertThat(credit.get("gluepayid").asText()).isEqualTo(Long.toString(deposit));
        assertThat(credit.get("accountname").asText()).isEqualTo("SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE");
        assertThat(credit.get("transactiontype").asText()).isEqualTo("User deposit of client funds to CLIENT_FUNDS_SWEDEN_ESSE");
        assertThat(credit.get("messageid").asText()).startsWith("msg-");
        assertThat(credit.get("currency").asText()).isEqualTo("EUR");
        assertThat(credit.get("amount").asText()).isEqualTo("100.00");
        assertThat(euro.get(1).get("accountname").asText()).isEqualTo("TRANSACTION_FEE_BANK_DEPOSIT");
        assertThat(euro.get(1).get("amount").asText()).isEqualTo("-1.00");
    }

    @Test
    void toDateBeforeFromDateIsInvalidParameters() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(merchant.call("AccountLedger", TrustlyRequests.accountLedger(today, today.minusDays(1), null)).errorCode(sandbox))
                .isEqualTo(623);
    }

    @Test
    void aDateThatIsNotYyyyMmDdIsInvalidParameters() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        var request = TrustlyRequests.accountLedger(today, today, null).put("FromDate", "2024-13-01");

        assertThat(merchant.call("AccountLedger", request).errorCode(sandbox)).isEqualTo(623);
    }
}
