package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RegisterAccount gives AccountIDs; AccountPayout pays to one of them from the merchant's balance at once. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AccountPayoutResourceTest extends MerchantApiTest {

    @Test
    void registeringTheSameAccountTwiceGivesTheSameAccountId() {
        JsonNode first = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057")).data(sandbox);
        JsonNode again = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057")).data(sandbox);
        JsonNode other = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212000001")).data(sandbox);

        assertThat(first.get("accountid").asText()).matches("\\d{10}");
        assertThat(first.get("clearinghouse").asText()).isEqualTo("SWEDEN");
        assertThat(first.get("bank").asText()).isEqualTo("Handelsbanken");
        assertThat(first.get("descriptor").asText()).isEqualTo("**** *084057");
        assertThat(first.size()).isEqualTo(4);
        assertThat(again).isEqualTo(first);
        assertThat(other.get("accountid")).isNotEqualTo(first.get("accountid"));
    }

    @Test
    void anAccountNumberWithLettersIsInvalidBankAccountNumber() {
        Reply reply = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("AASSSRMFKF"));

        assertThat(reply.errorCode(sandbox)).isEqualTo(624);
    }

    @Test
    void aPayoutWithoutFundsIsNotAcceptedAndBooksNothing() {
        String account = registeredAccount();

        JsonNode data = merchant.call("AccountPayout", TrustlyRequests.accountPayout(account, "10.00")).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("0");
        assertThat(data.get("orderid").isNull()).isTrue();
        assertThat(fixtures.entries(merchant.username())).isEmpty();
    }

    @Test
    void aPayoutTheBalanceCoversIsSentAndBookedAtOnce() {
        long deposit = merchant.call("Deposit", TrustlyRequests.deposit()).data(sandbox).get("orderid").asLong();
        fixtures.creditDeposit(deposit);
        String account = registeredAccount();

        JsonNode data = merchant.call("AccountPayout", TrustlyRequests.accountPayout(account, "40.00")).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("1");
        SandboxOrder payout = fixtures.order(data.get("orderid").asLong());
        assertThat(payout.kind).isEqualTo(OrderKind.ACCOUNT_PAYOUT);
        assertThat(payout.state).isEqualTo(OrderState.SENT);
        assertThat(payout.accountId).isEqualTo(account);
        assertThat(fixtures.entries(merchant.username())).extracting(entry -> entry.orderType + " " + entry.amountMinor)
                .containsExactly("Deposit 10000", "Deposit Fee -100", "AccountPayout -4000", "AccountPayout Fee -100");
        JsonNode balance = merchant.call("Balance", TrustlyRequests.none()).data(sandbox);
        assertThat(balance.toString()).isEqualTo("[{\"currency\":\"EUR\",\"balance\":\"58.00\"}]");
    }

    @Test
    void aPayoutJustAboveTheBalanceIsNotAccepted() {
        long deposit = merchant.call("Deposit", TrustlyRequests.deposit()).data(sandbox).get("orderid").asLong();
        fixtures.creditDeposit(deposit);

        // 99.00 is on the account; 98.01 plus the 1.00 fee is not
        JsonNode data = merchant.call("AccountPayout", TrustlyRequests.accountPayout(registeredAccount(), "98.01")).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("0");
    }

    @Test
    void anotherMerchantsAccountIsUnknown() {
        String theirs = TestMerchant.register().call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057"))
                .data(sandbox).get("accountid").asText();

        assertThat(merchant.call("AccountPayout", TrustlyRequests.accountPayout(theirs, "1.00")).errorCode(sandbox)).isEqualTo(624);
    }

    private String registeredAccount() {
        return merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057")).data(sandbox).get("accountid").asText();
    }
}
