package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.fixture.Await;
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

import java.time.Instant;
import java.util.Map;

import static io.paybridge.sandbox.fixture.OrderChecks.approve;
import static io.paybridge.sandbox.fixture.OrderChecks.awaitAllDelivered;
import static io.paybridge.sandbox.fixture.OrderChecks.awaitState;
import static io.paybridge.sandbox.fixture.OrderChecks.bookings;
import static io.paybridge.sandbox.fixture.OrderChecks.methods;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Money out and back: withdrawals answered OK or FAILED, W1, account selection and mandates, failed refunds, returned payouts. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PayoutScenarioResourceTest {

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("payouts");
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void aWithdrawalAnsweredOkIsDebitedThenSent() {
        SandboxOrder withdrawal = TestOrders.withdrawal(merchant).create();

        approve(withdrawal, "normal").body("state", equalTo("CREATED"));

        awaitState(withdrawal, OrderState.SENT);
        assertThat(methods(withdrawal)).containsExactly("debit");
        assertThat(merchant.received(withdrawal.orderId, "debit").get(0).data().path("amount").asText()).isEqualTo("50.00");
        assertThat(bookings(withdrawal)).containsExactly("-5000 BANK_WITHDRAWAL_QUEUED Withdraw");
    }

    @Test
    void aWithdrawalAnsweredFailedIsCancelledWithACancelNotification() {
        SandboxOrder withdrawal = TestOrders.withdrawal(merchant).create();
        merchant.script(withdrawal.orderId, "debit", Answer.FAILED);

        approve(withdrawal, "normal");

        DeliveryLog.awaitState(withdrawal.orderId, "cancel", "DELIVERED");
        assertThat(DeliveryLog.of(withdrawal.orderId, "debit").get(0).path("replyStatus").asText()).isEqualTo("FAILED");
        assertThat(methods(withdrawal)).containsExactly("debit", "cancel");
        assertThat(Db.order(withdrawal.orderId).state).isEqualTo(OrderState.CANCELLED);
        assertThat(bookings(withdrawal)).isEmpty();
    }

    @Test
    void aWithdrawalStaysCreatedUntilTheMerchantAnswersTheDebit() {
        SandboxOrder withdrawal = TestOrders.withdrawal(merchant).create();
        merchant.hold(withdrawal.orderId, "debit");

        approve(withdrawal, "normal");

        Await.until("two failed debit attempts", () -> merchant.received(withdrawal.orderId, "debit"), r -> r.size() >= 2);
        assertThat(Db.order(withdrawal.orderId).state).isEqualTo(OrderState.CREATED);
        merchant.release(withdrawal.orderId, "debit");
        awaitState(withdrawal, OrderState.SENT);
        JsonNode debit = DeliveryLog.of(withdrawal.orderId, "debit").get(0);
        assertThat(debit.path("state").asText()).isEqualTo("DELIVERED");
        assertThat(debit.path("attempts").asInt()).isGreaterThan(2);
    }

    @Test
    void w1SendsTheMoneyAndGetsItBackWithACredit() {
        SandboxOrder withdrawal = TestOrders.withdrawal(merchant).create();

        approve(withdrawal, "W1");

        DeliveryLog.awaitState(withdrawal.orderId, "credit", "DELIVERED");
        assertThat(methods(withdrawal)).containsExactly("debit", "credit");
        assertThat(Db.order(withdrawal.orderId).state).isEqualTo(OrderState.RETURNED);
        assertThat(bookings(withdrawal)).containsExactly(
                "-5000 BANK_WITHDRAWAL_QUEUED Withdraw",
                "5000 BANK_WITHDRAWAL_QUEUED Withdraw");
    }

    @Test
    void selectingAnAccountWithoutAMandateSendsOneAccountNotification() {
        SandboxOrder selection = TestOrders.accountSelection(merchant).create();

        approve(selection, "normal").body("state", equalTo("ACCOUNT_SELECTED"));

        DeliveryLog.awaitState(selection.orderId, "account", "DELIVERED");
        Received account = merchant.received(selection.orderId, "account").get(0);
        assertThat(account.data().path("attributes").has("directdebitmandate")).isFalse();
        assertThat(Db.account(account.data().path("accountid").asText()).mandateActive).isFalse();
    }

    @Test
    void aRequestedMandateIsSentForApprovalThenActivated() {
        SandboxOrder selection = TestOrders.accountSelection(merchant).attribute("RequestDirectDebitMandate", "1").create();

        approve(selection, "normal").body("state", equalTo("PENDING"));

        awaitState(selection, OrderState.MANDATE_ACTIVE);
        awaitAllDelivered(selection, 2);
        var accounts = merchant.received(selection.orderId, "account");
        assertThat(accounts).extracting(r -> r.data().path("attributes").path("directdebitmandate").asText()).containsExactly("0", "1");
        String accountId = accounts.get(0).data().path("accountid").asText();
        assertThat(accounts.get(1).data().path("accountid").asText()).isEqualTo(accountId);
        assertThat(Db.account(accountId).mandateActive).isTrue();
        assertThat(Db.order(selection.orderId).accountId).isEqualTo(accountId);
    }

    @Test
    void aRejectedMandateEndsWithACancel() {
        SandboxOrder selection = TestOrders.accountSelection(merchant).attribute("RequestDirectDebitMandate", "1").create();

        approve(selection, "mandate-rejected");

        DeliveryLog.awaitState(selection.orderId, "cancel", "DELIVERED");
        assertThat(Db.order(selection.orderId).state).isEqualTo(OrderState.CANCELLED);
        assertThat(Db.account(Db.order(selection.orderId).accountId).mandateActive).isFalse();
    }

    @Test
    void aFailedRefundIsACreditOfTheRefundAmountOnTheDepositAndMoneyBack() {
        SandboxOrder deposit = TestOrders.deposit(merchant).state(OrderState.CREDITED).create();
        SandboxOrder refund = TestOrders.refund(merchant, deposit, 3_000L).state(OrderState.SENT).create();

        given().post("/sandbox/orders/" + refund.orderId + "/approve").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("scenario", equalTo("refund-fails")).body("kind", equalTo("Refund"));

        JsonNode credit = DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        Received received = merchant.received(deposit.orderId, "credit").get(0);
        assertThat(received.data().path("orderid").asText()).isEqualTo(deposit.orderId.toString());
        assertThat(received.data().path("messageid").asText()).isEqualTo(deposit.messageId);
        assertThat(received.data().path("amount").asText()).isEqualTo("30.00");
        assertThat(credit.path("notificationid").asText()).isEqualTo(received.notificationId());
        // like the refund's sending, its return is booked on the deposit's orderid
        assertThat(bookings(deposit)).containsExactly("3000 BANK_WITHDRAWAL_QUEUED Refund");
    }

    @Test
    void aRefundFailingBeforeItWasSentIsACreditWithoutMoneyMoving() {
        SandboxOrder deposit = TestOrders.deposit(merchant).state(OrderState.CREDITED).create();
        SandboxOrder refund = TestOrders.refund(merchant, deposit, 3_000L).create();

        given().post("/sandbox/orders/" + refund.orderId + "/approve").then().statusCode(200).body("state", equalTo("RETURNED"));

        DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        assertThat(merchant.received(deposit.orderId, "credit").get(0).data().path("amount").asText()).isEqualTo("30.00");
        assertThat(bookings(deposit)).isEmpty();
        assertThat(bookings(refund)).isEmpty();
    }

    @Test
    void aWithdrawalApprovedByHandIsNotBookedTwiceWhenItIsSent() {
        SandboxOrder approved = TestOrders.withdrawal(merchant).state(OrderState.APPROVED).create();
        SandboxOrder denied = TestOrders.withdrawal(merchant).state(OrderState.DENIED).create();

        long sent = step(approved, StepKind.SEND_WITHDRAWAL);
        long skipped = step(denied, StepKind.SEND_WITHDRAWAL);

        Await.until("both steps run", () -> outcome(sent) != null && outcome(skipped) != null, Boolean::booleanValue);
        assertThat(outcome(sent)).isEqualTo("done");
        assertThat(outcome(skipped)).isEqualTo("skipped: order is DENIED");
        assertThat(Db.order(approved.orderId).state).isEqualTo(OrderState.SENT);
        assertThat(bookings(approved)).as("ApproveWithdrawal booked the money").isEmpty();
        assertThat(Db.order(denied.orderId).state).isEqualTo(OrderState.DENIED);
    }

    @Test
    void aReturnedPayoutIsACreditOfThePayoutAmountAndMoneyBack() {
        SandboxOrder payout = TestOrders.payout(merchant).create();

        given().contentType("application/json").body(Map.of("scenario", "payout-returned"))
                .post("/sandbox/orders/" + payout.orderId + "/approve").then().statusCode(200).body("state", equalTo("RETURNED"));

        DeliveryLog.awaitState(payout.orderId, "credit", "DELIVERED");
        assertThat(merchant.received(payout.orderId, "credit").get(0).data().path("amount").asText()).isEqualTo("75.00");
        assertThat(bookings(payout)).containsExactly("7500 BANK_WITHDRAWAL_QUEUED AccountPayout");
    }

    /** Queues a scenario step for the order, due now; its id. */
    private static long step(SandboxOrder order, StepKind kind) {
        return Db.inTransaction(() -> {
            ScenarioStep step = new ScenarioStep();
            step.orderId = order.orderId;
            step.kind = kind;
            step.dueAt = Instant.now();
            return step.<ScenarioStep>persist().map(persisted -> persisted.id);
        });
    }

    private static String outcome(long stepId) {
        return Db.inTransaction(() -> ScenarioStep.<ScenarioStep>findById(stepId).map(step -> step.outcome));
    }
}
