package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.ledger.LedgerEntry;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Refunds: partial and several, capped by the deposit, queued until the deposit settles, then sent from the balance. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RefundResourceTest extends MerchantApiTest {

    @Test
    void partialRefundsAreAcceptedWithTheDepositsOrderidAndQueuedUntilTheDepositSettles() {
        long deposit = creditedDeposit("EUR", "100.00");

        JsonNode first = merchant.call("Refund", TrustlyRequests.refund(deposit, "30.00", "EUR")).data(sandbox);
        JsonNode second = merchant.call("Refund", TrustlyRequests.refund(deposit, "20.00", "EUR")).data(sandbox);

        assertThat(first).isEqualTo(second);
        assertThat(first.get("orderid").asText()).isEqualTo(Long.toString(deposit));
        assertThat(first.get("result").asText()).isEqualTo("1");
        List<SandboxOrder> refunds = fixtures.refundsOf(deposit);
        assertThat(refunds).extracting(refund -> refund.state).containsExactly(OrderState.QUEUED, OrderState.QUEUED);
        assertThat(refunds).extracting(refund -> refund.amountMinor).containsExactly(30_00L, 20_00L);
        assertThat(refunds).extracting(refund -> refund.notificationUrl).containsOnly(fixtures.order(deposit).notificationUrl);
        assertThat(bookedTypes()).containsExactly("Deposit", "Deposit Fee");
    }

    @Test
    void settlingTheDepositSendsItsQueuedRefundsWithTheirFees() {
        long deposit = creditedDeposit("EUR", "100.00");
        merchant.call("Refund", TrustlyRequests.refund(deposit, "30.00", "EUR")).data(sandbox);
        merchant.call("Refund", TrustlyRequests.refund(deposit, "20.00", "EUR")).data(sandbox);

        settleToday();

        assertThat(fixtures.refundsOf(deposit)).extracting(refund -> refund.state).containsExactly(OrderState.SENT, OrderState.SENT);
        List<LedgerEntry> refundEntries = fixtures.entries(merchant.username()).stream()
                .filter(entry -> entry.orderType.startsWith("Refund")).toList();
        assertThat(refundEntries).extracting(entry -> entry.orderType + " " + entry.amountMinor)
                .containsExactly("Refund -3000", "Refund Fee -100", "Refund -2000", "Refund Fee -100");
        assertThat(refundEntries).extracting(entry -> entry.orderId).containsOnly(deposit);
        assertThat(refundEntries).allMatch(entry -> entry.settlementId != null);
    }

    @Test
    void aRefundOfASettledDepositIsSentAtOnce() {
        long deposit = creditedDeposit("EUR", "100.00");
        merchant.call("Deposit", TrustlyRequests.deposit());
        settleToday();
        long another = creditedDeposit("EUR", "100.00");

        merchant.call("Refund", TrustlyRequests.refund(deposit, "10.00", "EUR")).data(sandbox);

        assertThat(fixtures.refundsOf(deposit)).extracting(refund -> refund.state).containsExactly(OrderState.SENT);
        assertThat(fixtures.refundsOf(another)).isEmpty();
    }

    @Test
    void aRefundTheBalanceCannotCoverStaysQueued() {
        long deposit = creditedDeposit("EUR", "100.00");
        settleToday();

        merchant.call("Refund", TrustlyRequests.refund(deposit, "10.00", "EUR")).data(sandbox);

        // the settlement paid the whole balance out to the merchant's bank: nothing left to refund from
        assertThat(fixtures.refundsOf(deposit)).extracting(refund -> refund.state).containsExactly(OrderState.QUEUED);
    }

    @Test
    void refundsBeyondTheDepositAmountAreInvalidAmount() {
        long deposit = creditedDeposit("EUR", "100.00");
        merchant.call("Refund", TrustlyRequests.refund(deposit, "60.00", "EUR")).data(sandbox);

        Reply reply = merchant.call("Refund", TrustlyRequests.refund(deposit, "40.01", "EUR"));

        assertThat(reply.errorCode(sandbox)).isEqualTo(615);
        assertThat(fixtures.refundsOf(deposit)).hasSize(1);
    }

    @Test
    void theRestOfTheDepositCanBeRefunded() {
        long deposit = creditedDeposit("EUR", "100.00");
        merchant.call("Refund", TrustlyRequests.refund(deposit, "60.00", "EUR")).data(sandbox);

        assertThat(merchant.call("Refund", TrustlyRequests.refund(deposit, "40.00", "EUR")).data(sandbox).get("result").asText())
                .isEqualTo("1");
    }

    @Test
    void aRefundInAnotherCurrencyIsInvalidCurrency() {
        long deposit = creditedDeposit("EUR", "100.00");

        assertThat(merchant.call("Refund", TrustlyRequests.refund(deposit, "10.00", "SEK")).errorCode(sandbox)).isEqualTo(622);
    }

    @Test
    void aDepositNotYetCreditedCannotBeRefunded() {
        long deposit = merchant.call("Deposit", TrustlyRequests.deposit()).data(sandbox).get("orderid").asLong();

        assertThat(merchant.call("Refund", TrustlyRequests.refund(deposit, "10.00", "EUR")).errorCode(sandbox)).isEqualTo(625);
    }

    private void settleToday() {
        given().contentType("application/json")
                .body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "merchant", merchant.username()))
                .post("/sandbox/settlements").then().statusCode(201);
    }

    private List<String> bookedTypes() {
        return fixtures.entries(merchant.username()).stream().map(entry -> entry.orderType).toList();
    }
}
