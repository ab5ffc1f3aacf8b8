package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.TestOrders;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Headless approve and cancel: answers and problem+json errors (404, 409, 400, 410). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class OrderActionResourceTest {

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("actions");
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void approvesWithoutABodyWithTheDefaultScenarioAndAnswersTheState() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(200)
                .contentType("application/json")
                .body("orderid", equalTo(deposit.orderId.toString())).body("kind", equalTo("Deposit"))
                .body("state", equalTo("PENDING")).body("scenario", equalTo("normal"));
    }

    @Test
    void cancelsAndSendsCancel() {
        SandboxOrder selection = TestOrders.accountSelection(merchant).create();

        given().post("/sandbox/orders/" + selection.orderId + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));

        DeliveryLog.awaitState(selection.orderId, "cancel", "DELIVERED");
    }

    @Test
    void unknownOrdersAreNotFound() {
        given().post("/sandbox/orders/9999999999/approve").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:order-not-found"));
        given().post("/sandbox/orders/abc/cancel").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void approvingOrCancellingTwiceIsAConflict() throws Exception {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();
        // nobody answers the debit, so the withdrawal keeps waiting for the answer in CREATED
        FakeMerchant gone = FakeMerchant.start("gone");
        SandboxOrder withdrawal = TestOrders.withdrawal(gone).create();
        gone.close();
        given().post("/sandbox/orders/" + deposit.orderId + "/cancel").then().statusCode(200);
        given().post("/sandbox/orders/" + withdrawal.orderId + "/approve").then().statusCode(200).body("state", equalTo("CREATED"));

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:paybridge:problem:order-state-conflict"));
        given().post("/sandbox/orders/" + deposit.orderId + "/cancel").then().statusCode(409);
        // a withdrawal waiting for the answer to its debit is approved already
        given().post("/sandbox/orders/" + withdrawal.orderId + "/approve").then().statusCode(409)
                .body("detail", containsString("approved already"));
        given().post("/sandbox/orders/" + withdrawal.orderId + "/cancel").then().statusCode(409);
    }

    @Test
    void aRefundCannotFailTwiceNorBeCancelled() {
        SandboxOrder deposit = TestOrders.deposit(merchant).state(OrderState.CREDITED).create();
        SandboxOrder refund = TestOrders.refund(merchant, deposit, 1_000L).state(OrderState.SENT).create();
        given().post("/sandbox/orders/" + refund.orderId + "/approve").then().statusCode(200);

        given().post("/sandbox/orders/" + refund.orderId + "/approve").then().statusCode(409)
                .body("detail", containsString("cannot move from RETURNED to RETURNED"));
        given().post("/sandbox/orders/" + refund.orderId + "/cancel").then().statusCode(409);
        assertThat(Db.ledger(deposit.orderId)).as("the money came back once").hasSize(1);
    }

    @Test
    void aChargeIsNotApprovedByHand() {
        SandboxOrder charge = TestOrders.charge(merchant).create();

        given().post("/sandbox/orders/" + charge.orderId + "/approve").then().statusCode(409)
                .body("detail", equalTo("Charge orders are not approved by hand"));
        assertThat(Db.order(charge.orderId).testCase).isNull();
    }

    @Test
    void anUnknownScenarioBankOrAmountIsABadRequestNamingItAndChangesNothing() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();
        SandboxOrder withoutAmount = TestOrders.deposit(merchant).amount(null, "EUR").create();

        given().contentType("application/json").body(Map.of("scenario", "W1"))
                .post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem("scenario"))
                .body("detail", containsString("[normal, D1, pending-cancel, delayed-credit, account]"));
        given().contentType("application/json").body(Map.of("bank", "bank-of-nowhere"))
                .post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(400).body("errors.name", hasItem("bank"));
        given().contentType("application/json").body(Map.of("amount", "12.345"))
                .post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(400).body("errors.name", hasItem("amount"));
        given().post("/sandbox/orders/" + withoutAmount.orderId + "/approve").then().statusCode(400).body("errors.name", hasItem("amount"));
        given().contentType("application/json").body("{\"scenario\": ")
                .post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(400).contentType("application/problem+json");

        SandboxOrder unchanged = Db.order(deposit.orderId);
        assertThat(unchanged.state).isEqualTo(OrderState.CREATED);
        assertThat(unchanged.testCase).isNull();
        assertThat(DeliveryLog.of(deposit.orderId)).isEmpty();
    }

    @Test
    void anExpiredCheckoutIsGone() {
        SandboxOrder deposit = TestOrders.deposit(merchant).expiresAt(Instant.now().minus(Duration.ofSeconds(1))).create();

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:paybridge:problem:order-expired"));
    }
}
