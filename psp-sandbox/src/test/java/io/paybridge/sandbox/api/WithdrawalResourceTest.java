package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Manual approval of withdrawals and their transfers as GetWithdrawals shows them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class WithdrawalResourceTest extends MerchantApiTest {

    @Test
    void anApprovedWithdrawalLeavesTheMerchantAccount() {
        long withdraw = debitedWithdrawal();

        JsonNode data = merchant.call("ApproveWithdrawal", TrustlyRequests.orderId(withdraw)).data(sandbox);

        assertThat(data.toString()).isEqualTo("{\"orderid\":\"" + withdraw + "\",\"result\":\"1\"}");
        assertThat(fixtures.order(withdraw).state).isEqualTo(OrderState.APPROVED);
        assertThat(fixtures.entries(merchant.username())).extracting(entry -> entry.orderType + " " + entry.amountMinor)
                .containsExactly("Withdraw -5000");
    }

    @Test
    void aDeniedWithdrawalIsCreditedBackToTheEndUser() {
        long withdraw = debitedWithdrawal();

        JsonNode data = merchant.call("DenyWithdrawal", TrustlyRequests.orderId(withdraw)).data(sandbox);

        assertThat(data.get("result").asText()).isEqualTo("1");
        assertThat(fixtures.order(withdraw).state).isEqualTo(OrderState.DENIED);
        assertThat(fixtures.entries(merchant.username())).isEmpty();
        assertThat(fixtures.notifications(withdraw)).singleElement().satisfies(notification -> {
            assertThat(notification.method).isEqualTo("credit");
            assertThat(notification.data.get("amount").asText()).isEqualTo("50.00");
            assertThat(notification.data.get("currency").asText()).isEqualTo("EUR");
        });
    }

    @Test
    void aWithdrawalNotWaitingForApprovalIsNotFound() {
        long withdraw = merchant.call("Withdraw", TrustlyRequests.withdraw()).data(sandbox).get("orderid").asLong();

        assertThat(merchant.call("ApproveWithdrawal", TrustlyRequests.orderId(withdraw)).errorCode(sandbox)).isEqualTo(604);
    }

    @Test
    void getWithdrawalsShowsTheTransferOnceTheEndUserChoseTheAmount() {
        long withdraw = merchant.call("Withdraw", TrustlyRequests.withdraw()).data(sandbox).get("orderid").asLong();
        assertThat(merchant.call("GetWithdrawals", TrustlyRequests.orderId(withdraw)).data(sandbox)).isEmpty();
        fixtures.debitWithdrawal(withdraw, 50_00);
        merchant.call("ApproveWithdrawal", TrustlyRequests.orderId(withdraw)).data(sandbox);

        JsonNode data = merchant.call("GetWithdrawals", TrustlyRequests.orderId(withdraw)).data(sandbox);

        assertThat(data).hasSize(1);
        JsonNode transfer = data.get(0);
        assertThat(transfer.get("orderid").asText()).isEqualTo(Long.toString(withdraw));
        assertThat(transfer.get("transferstate").asText()).isEqualTo("EXECUTING");
        assertThat(transfer.get("amount").asText()).isEqualTo("50.00");
        assertThat(transfer.get("currency").asText()).isEqualTo("EUR");
        assertThat(transfer.get("datestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00");
        assertThat(transfer.has("reference") && transfer.has("modificationdate") && transfer.has("accountid")).isTrue();
        assertThat(transfer.get("eta").isNull()).isTrue();
    }

    @Test
    void getWithdrawalsShowsAnAccountPayoutAsExecuted() {
        long deposit = merchant.call("Deposit", TrustlyRequests.deposit()).data(sandbox).get("orderid").asLong();
        fixtures.creditDeposit(deposit);
        String account = merchant.call("RegisterAccount", TrustlyRequests.registerAccount("69706212084057")).data(sandbox)
                .get("accountid").asText();
        long payout = merchant.call("AccountPayout", TrustlyRequests.accountPayout(account, "10.00")).data(sandbox).get("orderid").asLong();

        JsonNode transfer = merchant.call("GetWithdrawals", TrustlyRequests.orderId(payout)).data(sandbox).get(0);

        assertThat(transfer.get("transferstate").asText()).isEqualTo("EXECUTED");
        assertThat(transfer.get("accountid").asText()).isEqualTo(account);
    }

    private long debitedWithdrawal() {
        long withdraw = merchant.call("Withdraw", TrustlyRequests.withdraw()).data(sandbox).get("orderid").asLong();
        fixtures.debitWithdrawal(withdraw, 50_00);
        return withdraw;
    }
}
