package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.FakeMerchant.Answer;
import io.paybridge.sandbox.fixture.FakeMerchant.Received;
import io.paybridge.sandbox.fixture.TestOrders;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.paybridge.sandbox.fixture.OrderChecks.approve;
import static io.paybridge.sandbox.fixture.OrderChecks.bookings;
import static io.paybridge.sandbox.fixture.OrderChecks.methods;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Deposit scenarios end to end: approval, later steps, notifications delivered to a real merchant, the ledger. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DepositScenarioResourceTest {

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("deposits");
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void normalSendsPendingThenCreditAndBooksAmountAndFee() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        approve(deposit, "normal").body("state", equalTo("PENDING")).body("scenario", equalTo("normal"));

        DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        assertThat(methods(deposit)).containsExactly("pending", "credit");
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CREDITED);
        assertThat(bookings(deposit)).containsExactly(
                "10000 SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE Deposit",
                "-100 TRANSACTION_FEE_BANK_DEPOSIT Deposit Fee");
    }

    @Test
    void d1CreditsThenDebitsAndRecordsTheMerchantsFailedAnswer() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();
        merchant.script(deposit.orderId, "debit", Answer.FAILED);

        approve(deposit, "D1").body("state", equalTo("CREDITED"));

        JsonNode debit = DeliveryLog.awaitState(deposit.orderId, "debit", "DELIVERED");
        assertThat(debit.path("replyStatus").asText()).isEqualTo("FAILED");
        assertThat(debit.path("attempts").asInt()).isEqualTo(1);
        assertThat(methods(deposit)).containsExactly("credit", "debit");
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.DEBITED);
        assertThat(bookings(deposit)).containsExactly(
                "10000 SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE Deposit",
                "-100 TRANSACTION_FEE_BANK_DEPOSIT Deposit Fee",
                "-10000 SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE Deposit");
    }

    @Test
    void pendingCancelNeverMovesMoney() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        approve(deposit, "pending-cancel").body("state", equalTo("PENDING"));

        DeliveryLog.awaitState(deposit.orderId, "cancel", "DELIVERED");
        assertThat(methods(deposit)).containsExactly("pending", "cancel");
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CANCELLED);
        assertThat(bookings(deposit)).isEmpty();
    }

    @Test
    void delayedCreditCreditsAfterTheLongerDelay() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        approve(deposit, "delayed-credit").body("state", equalTo("PENDING"));

        DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        assertThat(methods(deposit)).containsExactly("pending", "credit");
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CREDITED);
    }

    @Test
    void accountSendsTheAccountAndReusesItForTheSameEndUserAndBank() {
        SandboxOrder first = TestOrders.deposit(merchant).endUserId("user-42").create();
        SandboxOrder second = TestOrders.deposit(merchant).endUserId("user-42").create();

        given().contentType("application/json").body(Map.of("scenario", "account", "bank", "sandbox-fi"))
                .post("/sandbox/orders/" + first.orderId + "/approve").then().statusCode(200);
        given().contentType("application/json").body(Map.of("scenario", "account", "bank", "sandbox-fi"))
                .post("/sandbox/orders/" + second.orderId + "/approve").then().statusCode(200);

        DeliveryLog.awaitState(first.orderId, "credit", "DELIVERED");
        DeliveryLog.awaitState(second.orderId, "account", "DELIVERED");
        Received account = merchant.received(first.orderId, "account").get(0);
        String accountId = account.data().path("accountid").asText();
        BankAccount stored = Db.account(accountId);
        assertThat(account.data().path("verified").asText()).isEqualTo("1");
        assertThat(stored.accountNumber).startsWith("FI").hasSize(18);
        assertThat(account.data().path("attributes")).isEqualTo(JsonTree.object(Map.of(
                "clearinghouse", "FINLAND", "bank", "Sandbox Bank", "descriptor", "**** *" + stored.accountNumber.substring(12),
                "lastdigits", stored.accountNumber.substring(12))));
        assertThat(account.data().has("enduserid")).as("account notifications carry no enduserid").isFalse();
        assertThat(merchant.received(second.orderId, "account").get(0).data().path("accountid").asText()).isEqualTo(accountId);
        assertThat(stored.endUserId).isEqualTo("user-42");
        assertThat(stored.mandateActive).isFalse();
        assertThat(methods(first)).containsExactly("account", "pending", "credit");
        assertThat(bookings(first)).containsExactly(
                "10000 SUSPENSE_ACCOUNT_CLIENT_FUNDS_SWEDEN_ESSE Deposit",
                "-100 TRANSACTION_FEE_BANK_DEPOSIT Deposit Fee");
    }
}
