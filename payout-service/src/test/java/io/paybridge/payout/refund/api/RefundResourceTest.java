package io.paybridge.payout.refund.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.payout.deposit.domain.DepositStanding;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.PayoutDatabase;
import io.paybridge.payout.fixture.RefundApi;
import io.paybridge.payout.fixture.TestDeposits;
import io.paybridge.payout.fixture.TestRefunds;
import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /v1/refunds against real PostgreSQL and Kafka with the PSP unreachable: every field, roles, Idempotency-Key,
 * each refusal before anything is reserved, and an unanswered Refund that keeps its reservation (202, UNKNOWN).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class RefundResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    PayoutDatabase database;

    @Inject
    TestRefunds refunds;

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("orderRef missing", "orderRef", null),
                Arguments.of("orderRef malformed", "orderRef", "order-1"),
                Arguments.of("amount missing", "amount", null),
                Arguments.of("amount zero", "amount", "0.00"),
                Arguments.of("amount negative", "amount", "-1.00"),
                Arguments.of("amount with too many decimals", "amount", "1.005"),
                Arguments.of("amount not a number", "amount", "ten"),
                Arguments.of("currency missing", "currency", null),
                Arguments.of("currency unknown", "currency", "XYZ"),
                Arguments.of("reason blank", "reason", " "),
                Arguments.of("reason too long", "reason", "r".repeat(141)),
                Arguments.of("reason with a control character", "reason", "line\nbreak"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsWritten(String caseName, String field, String value) {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Map<String, Object> body = RefundApi.body(deposit.orderRef, "10.00");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        Response response = RefundApi.post(TestTokens.refunder(), key, body);

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        assertThat(database.refundsOf(deposit.orderRef)).isEmpty();
        assertThat(database.idempotencyKeys(key)).isZero();
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Map<String, Object> body = RefundApi.body("order-1", "ten");
        body.put("reason", "");

        Response response = RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), body);

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("orderRef", "amount", "reason"));
    }

    @Test
    void anUnknownMemberIsNamedInA400() {
        Map<String, Object> body = RefundApi.body(TestDeposits.orderRef(), "10.00");
        body.put("amountt", "10.00");

        Response response = RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), body);

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("amountt"));
    }

    @Test
    void withoutATokenIs401AndWithoutTheRoleIs403() {
        Map<String, Object> body = RefundApi.body(TestDeposits.orderRef(), "10.00");

        // Quarkus security answers these itself, without a body, as for checkout
        RefundApi.post(null, UUID.randomUUID().toString(), body).then().statusCode(401);
        RefundApi.post(TestTokens.reader(), UUID.randomUUID().toString(), body).then().statusCode(403);
        given().auth().oauth2(TestTokens.refunder()).get("/v1/refunds").then().statusCode(403);
        given().get("/v1/refunds/rfd_0123456789abcdef01234567").then().statusCode(401);
    }

    @Test
    void anIdempotencyKeyIsRequired() {
        Response response = RefundApi.post(TestTokens.refunder(), null, RefundApi.body(TestDeposits.orderRef(), "10.00"));

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-missing");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("Idempotency-Key"));
    }

    @Test
    void aDepositNotKnownAsCreditedIsA422NamingOrderRef() {
        String key = UUID.randomUUID().toString();

        Response response = RefundApi.post(TestTokens.refunder(), key, RefundApi.body(TestDeposits.orderRef(), "10.00"));

        assertRefused(response, "deposit-not-refundable", "orderRef");
        assertThat(database.idempotencyKeys(key)).isZero();
    }

    @Test
    void aReversedDepositIsA422AndNothingIsReserved() {
        RefundableDeposit deposit = TestDeposits.credited(10_000, "EUR");
        deposit.status = DepositStanding.DEBITED;
        database.insert(deposit);
        long outboxBefore = database.outboxWrites();

        assertRefused(RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(deposit.orderRef, "10.00")),
                "deposit-reversed", null);
        assertNothingReserved(deposit.orderRef, 0, outboxBefore);
    }

    @Test
    void anotherCurrencyThanTheDepositsIsA422NamingCurrency() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "SEK");
        long outboxBefore = database.outboxWrites();

        assertRefused(RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(deposit.orderRef, "10.00")),
                "refund-currency-mismatch", "currency");
        assertNothingReserved(deposit.orderRef, 0, outboxBefore);
    }

    @Test
    void moreThanTheDepositHasLeftIsA422NamingAmountWithTheRemainder() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        long outboxBefore = database.outboxWrites();

        Response response = RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(deposit.orderRef, "100.01"));

        assertRefused(response, "refund-exceeds-remaining", "amount");
        assertThat(response.jsonPath().getString("detail")).contains("100.00 EUR left to refund");
        assertNothingReserved(deposit.orderRef, 0, outboxBefore);
    }

    @Test
    void theCountAndAgeCapsAre422s() {
        RefundableDeposit many = TestDeposits.credited(10_000, "EUR");
        many.refundCount = 10;
        many.refundedMinor = 1_000;
        database.insert(many);
        RefundableDeposit old = TestDeposits.credited(10_000, "EUR");
        old.creditedAt = Instant.now().minus(Duration.ofDays(181));
        database.insert(old);

        assertRefused(RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(many.orderRef, "10.00")),
                "refund-count-limit", null);
        assertRefused(RefundApi.post(TestTokens.refunder(), UUID.randomUUID().toString(), RefundApi.body(old.orderRef, "10.00")),
                "refund-age-limit", null);
        assertThat(database.deposit(many.orderRef).refundedMinor).isEqualTo(1_000);
        assertThat(database.deposit(old.orderRef).refundedMinor).isZero();
    }

    @Test
    void anUnansweredRefundIs202UnknownAndKeepsItsReservation() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = RefundApi.body(deposit.orderRef, "25.00");

        Response response = RefundApi.post(TestTokens.refunder(), key, body);

        response.then().statusCode(202).contentType("application/json");
        String refundId = response.jsonPath().getString("refundId");
        assertThat(response.header("Location")).endsWith("/v1/refunds/" + refundId);
        assertThat(response.jsonPath().getString("status")).isEqualTo("UNKNOWN");
        assertThat(response.jsonPath().getString("amount")).isEqualTo("25.00");
        assertThat(response.jsonPath().getString("pspOrderId")).isEqualTo(deposit.pspOrderId);
        Refund refund = database.refund(refundId);
        assertThat(refund.status).isEqualTo(RefundStatus.UNKNOWN);
        assertThat(refund.attempts).isEqualTo(1);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString()).as("the PSP call is measured")
                .containsPattern("paybridge_psp_calls_seconds_count\\{[^}]*method=\"Refund\",outcome=\"(unknown|unreachable)\",psp=\"trustly\"\\} [1-9]");
        assertThat(refund.reason).isEqualTo("returned goods");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                given().get("/q/metrics").then().statusCode(200).extract().asString()).as("refunds by state")
                .containsPattern("paybridge_payout_refunds\\{status=\"UNKNOWN\"\\} [1-9]")
                .contains("paybridge_payout_refunds{status=\"CONFIRMED\"}", "paybridge_payout_payouts{status=\"AWAITING_APPROVAL\"}",
                        "paybridge_payout_withdrawals{status=\"CREATED\"}"));
        assertThat(refund.requestedBy).isEqualTo(TestTokens.SUBJECT);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(2_500);
        assertThat(database.deposit(deposit.orderRef).refundCount).isEqualTo(1);
        List<SpecificRecord> events = Events.of(deposit.orderRef, 1);
        assertThat(events).hasSize(1).first().isInstanceOfSatisfying(RefundRequested.class, requested -> {
            assertThat(requested.getRefundId()).isEqualTo(refundId);
            assertThat(requested.getAmount()).isEqualTo(2_500L);
            assertThat(requested.getCurrency()).isEqualTo("EUR");
        });

        // the same key and body replay the answer; nothing is reserved or sent again
        Response replay = RefundApi.post(TestTokens.refunder(), key, body);
        replay.then().statusCode(202);
        assertThat(replay.jsonPath().getString("refundId")).isEqualTo(refundId);
        assertThat(database.refundsOf(deposit.orderRef)).hasSize(1);
        assertThat(database.refund(refundId).attempts).isEqualTo(1);

        // the same key with another body is refused
        Response reused = RefundApi.post(TestTokens.refunder(), key, RefundApi.body(deposit.orderRef, "26.00"));
        reused.then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(reused.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-reused");

        given().auth().oauth2(TestTokens.reader()).get("/v1/refunds/" + refundId).then().statusCode(200)
                .contentType("application/json");
        assertThat(given().auth().oauth2(TestTokens.reader()).get("/v1/refunds/" + refundId).jsonPath().getString("status"))
                .isEqualTo("UNKNOWN");
    }

    @Test
    void refundsAreListedByDepositAndStatusInPages() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        Refund first = refunds.accepted(deposit, 1_000);
        Refund second = refunds.requested(deposit, 2_000);
        Refund third = refunds.accepted(deposit, 3_000);
        database.creditedDeposit(10_000, "EUR");

        assertThat(list("orderRef=" + deposit.orderRef).getList("items.refundId"))
                .containsExactly(third.refundId, second.refundId, first.refundId);
        assertThat(list("orderRef=" + deposit.orderRef + "&status=ACCEPTED&sortOrder=asc").getList("items.refundId"))
                .containsExactly(first.refundId, third.refundId);
        JsonPath page = list("orderRef=" + deposit.orderRef + "&sortOrder=asc&count=1&startIndex=1");
        assertThat(page.getList("items.refundId")).containsExactly(second.refundId);
        assertThat(page.getInt("startIndex")).isEqualTo(1);
        assertThat(page.getInt("count")).isEqualTo(1);
        assertThat(page.getString("items[0].amount")).isEqualTo("20.00");
        assertThat(page.getString("items[0].status")).isEqualTo("REQUESTED");
    }

    @Test
    void everyBadListParameterIsNamedInOne400() {
        Response response = given().auth().oauth2(TestTokens.reader())
                .get("/v1/refunds?count=0&status=LOST&orderRef=order-1&colour=red");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("count", "status", "orderRef", "colour"));
    }

    private static JsonPath list(String query) {
        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/refunds?" + query);
        response.then().statusCode(200).contentType("application/json");
        return response.jsonPath();
    }

    @Test
    void aRepeatAfterTheKeyIsForgottenResumesItsRefundInsteadOfReservingAgain() {
        RefundableDeposit deposit = database.creditedDeposit(10_000, "EUR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = RefundApi.body(deposit.orderRef, "25.00");
        String refundId = RefundApi.post(TestTokens.refunder(), key, body).then().statusCode(202).extract().path("refundId");
        // the Idempotency-Key is gone (released by a crash, or purged after its retention); the refund remembers the request
        database.execute("DELETE FROM idempotency_key WHERE idempotency_key = $1", key);

        Response repeat = RefundApi.post(TestTokens.refunder(), key, body);

        repeat.then().statusCode(202);
        assertThat(repeat.jsonPath().getString("refundId")).isEqualTo(refundId);
        assertThat(database.refundsOf(deposit.orderRef)).hasSize(1);
        assertThat(database.refund(refundId).attempts).as("resent, with its own UUID").isEqualTo(2);
        assertThat(database.deposit(deposit.orderRef).refundedMinor).isEqualTo(2_500);

        database.execute("DELETE FROM idempotency_key WHERE idempotency_key = $1", key);
        Response other = RefundApi.post(TestTokens.refunder(), key, RefundApi.body(deposit.orderRef, "30.00"));
        other.then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(other.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-reused");
        assertThat(database.refundsOf(deposit.orderRef)).hasSize(1);
    }

    @Test
    void anUnknownRefundIsA404() {
        given().auth().oauth2(TestTokens.reader()).get("/v1/refunds/rfd_ffffffffffffffffffffffff")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private void assertRefused(Response response, String type, String field) {
        response.then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:" + type);
        if (field == null) {
            assertThat(response.jsonPath().getList("errors")).isNullOrEmpty();
        } else {
            assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        }
    }

    private void assertNothingReserved(String orderRef, long refundedBefore, long outboxBefore) {
        assertThat(database.refundsOf(orderRef)).isEmpty();
        assertThat(database.deposit(orderRef).refundedMinor).isEqualTo(refundedBefore);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .until(() -> database.outboxWrites() == outboxBefore);
    }
}
