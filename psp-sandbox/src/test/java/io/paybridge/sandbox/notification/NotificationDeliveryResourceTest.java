package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Delivery of signed notifications to a real merchant endpoint: retries until a correctly signed OK, the delivery log, giving up. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class NotificationDeliveryResourceTest {

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("delivery");
    }

    @AfterEach
    void stopMerchant() {
        merchant.closeAndCheck();
    }

    @Test
    void retriesWithTheSameIdAndUuidUntilACorrectlySignedOkThenStops() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();
        merchant.script(deposit.orderId, "pending", Answer.BAD_SIGNATURE, Answer.WRONG_UUID, Answer.HTTP_500, Answer.FAILED);
        merchant.script(deposit.orderId, "credit", Answer.NOT_JSON, Answer.WRONG_METHOD);

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(200).body("state", equalTo("PENDING"));

        JsonNode pending = DeliveryLog.awaitState(deposit.orderId, "pending", "DELIVERED");
        JsonNode credit = DeliveryLog.awaitState(deposit.orderId, "credit", "DELIVERED");
        String invalidPending = "invalid reply to pending notification <uuid>: ";
        assertThat(attempts(pending)).containsExactly(
                "1 FIRST 200 verified=false OK rejected: " + invalidPending + "the signature does not verify with the merchant's key",
                "2 FIRST 200 verified=true OK rejected: " + invalidPending + "result.uuid is <uuid>",
                "3 FIRST 500 verified=true OK rejected: HTTP status 500",
                "4 FIRST 200 verified=true FAILED rejected: FAILED is no answer to pending; only a debit may be answered FAILED",
                "5 FIRST 200 verified=true OK accepted");
        assertThat(attempts(credit)).containsExactly(
                "1 FIRST 200 verified=null null rejected: invalid reply to credit notification <uuid>: the body is not valid JSON",
                "2 FIRST 200 verified=true OK rejected: invalid reply to credit notification <uuid>: result.method is pending",
                "3 FIRST 200 verified=true OK accepted");
        assertThat(pending.path("attempts").asInt()).isEqualTo(5);
        assertThat(pending.path("replyStatus").asText()).isEqualTo("OK");
        assertThat(pending.path("nextAttemptAt").isNull()).isTrue();

        List<Received> pendings = merchant.received(deposit.orderId, "pending");
        List<Received> credits = merchant.received(deposit.orderId, "credit");
        assertThat(pendings).hasSize(5);
        assertThat(credits).hasSize(3);
        assertThat(pendings).extracting(Received::notificationId).containsOnly(pending.path("notificationid").asText());
        assertThat(pendings).extracting(Received::uuid).containsOnly(pending.path("uuid").asText());
        assertThat(credits).extracting(Received::notificationId).containsOnly(credit.path("notificationid").asText());
        assertThat(merchant.received(deposit.orderId)).allSatisfy(received -> {
            assertThat(received.clientAccepted()).as("read by trustly-client, signed with the key of GET /sandbox/public-key").isTrue();
            assertThat(received.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(received.tree().path("version").asText()).isEqualTo("1.1");
        });
        assertThat(credits.get(0).data().path("amount").asText()).isEqualTo("100.00");
        assertThat(credits.get(0).data().path("currency").asText()).isEqualTo("SEK");
        assertThat(credits.get(0).data().path("messageid").asText()).isEqualTo(deposit.messageId);
        assertThat(Db.order(deposit.orderId).state).isEqualTo(OrderState.CREDITED);

        // delivery has stopped: over several retry intervals (at most 0.4 s in tests) nothing more arrives
        sleep(Duration.ofMillis(1500));
        assertThat(merchant.received(deposit.orderId, "pending")).hasSize(5);
        assertThat(merchant.received(deposit.orderId, "credit")).hasSize(3);
        assertThat(DeliveryLog.awaitState(deposit.orderId, "pending", "DELIVERED").path("attempts").asInt()).isEqualTo(5);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTimeoutIsAFailedAttemptThatIsRetried() {
        SandboxOrder deposit = TestOrders.deposit(merchant).create();
        merchant.script(deposit.orderId, "pending", Answer.SLOW);

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(200);

        JsonNode pending = DeliveryLog.awaitState(deposit.orderId, "pending", "DELIVERED");
        assertThat(attempts(pending)).containsExactly(
                "1 FIRST null verified=null null rejected: no answer: timeout",
                "2 FIRST 200 verified=true OK accepted");
    }

    @Test
    void givesUpAfterTheLastAllowedAttemptWhenNobodyListens() throws Exception {
        FakeMerchant gone = FakeMerchant.start("gone");
        SandboxOrder deposit = TestOrders.deposit(gone).create();
        gone.close();

        given().post("/sandbox/orders/" + deposit.orderId + "/approve").then().statusCode(200);

        JsonNode pending = DeliveryLog.awaitState(deposit.orderId, "pending", "GAVE_UP");
        assertThat(pending.path("attempts").asInt()).isEqualTo(10);
        assertThat(pending.path("attemptLog")).hasSize(10);
        assertThat(StreamSupport.stream(pending.path("attemptLog").spliterator(), false)
                .map(attempt -> attempt.path("transportError").asText()).distinct().toList())
                .containsExactly("connection refused");
    }

    @Test
    void theLogOfAnUnknownOrderIsNotFoundAndAnOrderIdIsRequired() {
        given().queryParam("orderid", 999).get("/sandbox/notifications").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/sandbox/notifications").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", hasItem("orderid"));
        given().queryParam("orderid", "abc").get("/sandbox/notifications").then().statusCode(400)
                .body("errors.name", hasItem("orderid"));
    }

    /** Each attempt as one line: number, copy, HTTP status, verified, reply status, accepted or why not (uuids as {@code <uuid>}). */
    static List<String> attempts(JsonNode notification) {
        return StreamSupport.stream(notification.path("attemptLog").spliterator(), false)
                .map(a -> a.path("attempt").asInt() + " " + a.path("copy").asText() + " "
                        + (a.path("httpStatus").isNull() ? "null" : a.path("httpStatus").asText())
                        + " verified=" + (a.path("replyVerified").isNull() ? "null" : a.path("replyVerified").asText())
                        + " " + (a.path("replyStatus").isNull() ? "null" : a.path("replyStatus").asText())
                        + (a.path("accepted").asBoolean() ? " accepted"
                                : " rejected: " + a.path("rejection").asText().replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "<uuid>")))
                .toList();
    }
}
