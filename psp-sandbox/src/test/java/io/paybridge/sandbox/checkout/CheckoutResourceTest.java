package io.paybridge.sandbox.checkout;

import io.paybridge.sandbox.fixture.Await;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.TestOrders;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The checkout page: rendering with escaped values and test-case options, approve and cancel forms, expiry. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CheckoutResourceTest {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("checkout");
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void rendersTheOrderWithEveryValueEscapedAndTheDepositTestCases() {
        SandboxOrder deposit = TestOrders.deposit(merchant).messageId("<script>alert('x')</script>")
                .attribute("ShopperStatement", "\"><img src=x onerror=alert(1)>").create();

        String page = given().get("/checkout/" + deposit.orderId).then().statusCode(200)
                .contentType("text/html").header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script", "<img");
        assertThat(page).contains("Pay with your bank", merchant.username(), "100.00 SEK", "Set order options",
                "action=\"/checkout/" + deposit.orderId + "/approve\"", "action=\"/checkout/" + deposit.orderId + "/cancel\"",
                "value=\"seb\" checked", "value=\"sandbox-fi\"", "value=\"sandbox-de\"");
        assertThat(page).contains("name=\"scenario\" value=\"normal\" checked", "value=\"D1\"", "value=\"pending-cancel\"",
                "value=\"delayed-credit\"", "value=\"account\"").doesNotContain("value=\"W1\"", "name=\"amount\"");
    }

    @Test
    void offersTheTestCasesOfTheOrderKind() {
        SandboxOrder withdrawal = TestOrders.withdrawal(merchant).create();
        SandboxOrder mandate = TestOrders.accountSelection(merchant).attribute("RequestDirectDebitMandate", "1").create();

        assertThat(given().get("/checkout/" + withdrawal.orderId).then().statusCode(200).extract().asString())
                .contains("Withdraw to your bank account", "value=\"normal\" checked", "value=\"W1\"", "value=\"withdraw-returned\"")
                .doesNotContain("value=\"D1\"");
        assertThat(given().get("/checkout/" + mandate.orderId).then().statusCode(200).extract().asString())
                .contains("Select your bank account", "value=\"normal\" checked", "value=\"mandate-rejected\"")
                .doesNotContain("value=\"D1\"", "value=\"W1\"");
    }

    @Test
    void approvingRedirectsToTheSuccessUrlWithTheChosenOptions() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        given().config(NO_REDIRECTS).formParam("scenario", "pending-cancel").formParam("bank", "handelsbanken")
                .post("/checkout/" + deposit.orderId + "/approve")
                .then().statusCode(303).header("Location", "https://shop.example/success");

        SandboxOrder approved = Db.order(deposit.orderId);
        assertThat(approved.state).isEqualTo(OrderState.PENDING);
        assertThat(approved.testCase).isEqualTo("pending-cancel");
        assertThat(Db.account(approved.accountId).bank).isEqualTo("Handelsbanken");
        assertThat(given().get("/checkout/" + deposit.orderId).then().statusCode(200).extract().asString())
                .contains("is PENDING; there is nothing left to do here").doesNotContain("<form");
    }

    @Test
    void cancellingRedirectsToTheFailUrlAndSendsCancel() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        given().config(NO_REDIRECTS).post("/checkout/" + deposit.orderId + "/cancel")
                .then().statusCode(303).header("Location", "https://shop.example/fail");

        DeliveryLog.awaitState(deposit.orderId, "cancel", "DELIVERED");
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CANCELLED);
    }

    @Test
    void withoutReturnUrlsTheResultPageIsShownAndAnUnsafeUrlIsNotFollowed() {
        SandboxOrder noUrls = TestOrders.deposit(merchant).successUrl(null).failUrl(null).create();
        SandboxOrder script = TestOrders.deposit(merchant).successUrl("javascript:alert(1)").create();

        given().config(NO_REDIRECTS).formParam("scenario", "normal").post("/checkout/" + noUrls.orderId + "/approve")
                .then().statusCode(303).header("Location", containsString("/checkout/" + noUrls.orderId + "/result"));
        given().config(NO_REDIRECTS).formParam("scenario", "normal").post("/checkout/" + script.orderId + "/approve")
                .then().statusCode(303).header("Location", containsString("/checkout/" + script.orderId + "/result"));
        given().get("/checkout/" + noUrls.orderId + "/result").then().statusCode(200)
                .body(containsString("Order " + noUrls.orderId + " is now"));
    }

    @Test
    void anOrderWithoutAmountAsksForOneAndTakesIt() {
        SandboxOrder deposit = TestOrders.deposit(merchant).amount(null, "EUR").attribute("SuggestedMinAmount", "20.00").create();

        assertThat(given().get("/checkout/" + deposit.orderId).then().statusCode(200).extract().asString())
                .contains("name=\"amount\"", "value=\"20.00\"");
        given().config(NO_REDIRECTS).formParam("scenario", "normal").formParam("amount", "25.50")
                .post("/checkout/" + deposit.orderId + "/approve").then().statusCode(303);

        DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        assertThat(merchant.received(deposit.orderId, "credit").get(0).data().path("amount").asText()).isEqualTo("25.50");
    }

    @Test
    void anExpiredOrderShowsGoneCannotBeApprovedAndIsCancelledToTheMerchant() {
        SandboxOrder deposit = TestOrders.deposit(merchant).expiresAt(Instant.now().minus(Duration.ofMinutes(1))).create();

        given().get("/checkout/" + deposit.orderId).then().statusCode(410).contentType("text/html")
                .body(containsString("has expired")).body(not(containsString("<form")));
        given().config(NO_REDIRECTS).formParam("scenario", "normal").post("/checkout/" + deposit.orderId + "/approve")
                .then().statusCode(410).contentType("text/html");

        DeliveryLog.awaitState(deposit.orderId, "cancel", "DELIVERED");
        Await.until("order expired", () -> Db.order(deposit.orderId).state, OrderState.EXPIRED::equals);
        given().get("/checkout/" + deposit.orderId).then().statusCode(410);
        assertThat(DeliveryLog.of(deposit.orderId)).hasSize(1);
    }

    @Test
    void unknownOrdersAndOrdersWithoutCheckoutAreNotFound() {
        SandboxOrder payout = TestOrders.payout(merchant).create();

        given().get("/checkout/9999999999").then().statusCode(404).contentType("text/html");
        given().get("/checkout/not-a-number").then().statusCode(404).contentType("text/html");
        given().get("/checkout/" + payout.orderId).then().statusCode(404);
        given().config(NO_REDIRECTS).post("/checkout/" + payout.orderId + "/approve").then().statusCode(404);
    }

    @Test
    void aBadChoiceIsAnErrorPageAndChangesNothing() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();

        given().config(NO_REDIRECTS).formParam("scenario", "<b>W9</b>").post("/checkout/" + deposit.orderId + "/approve")
                .then().statusCode(400).contentType("text/html").body(not(containsString("<b>W9")))
                .body(containsString("scenario"));

        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CREATED);
        given().get("/checkout/" + deposit.orderId).then().statusCode(200).body(containsString("Set order options"));
        assertThat(Db.order(deposit.orderId).testCase).isNull();
        given().formParam("scenario", "normal").config(NO_REDIRECTS).post("/checkout/" + deposit.orderId + "/approve")
                .then().statusCode(303);
        given().config(NO_REDIRECTS).post("/checkout/" + deposit.orderId + "/cancel").then().statusCode(409)
                .body(containsString("no longer open")).header("Cache-Control", equalTo("no-store"));
    }
}
