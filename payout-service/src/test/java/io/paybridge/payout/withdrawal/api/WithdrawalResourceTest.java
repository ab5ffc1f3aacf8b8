package io.paybridge.payout.withdrawal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.payout.fixture.TestTokens;
import io.paybridge.payout.fixture.TestWithdrawals;
import io.paybridge.payout.fixture.WithdrawalDatabase;
import io.paybridge.payout.withdrawal.domain.ManualDecision;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /v1/withdrawals with the PSP unreachable: every invalid field, key and role refused before any PSP call, an unknown
 * outcome that stores nothing, the views and pages, and approve and deny kept deciding under one UUID.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class WithdrawalResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    WithdrawalDatabase database;

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("currency missing", "currency", body -> body.remove("currency")),
                invalid("currency unknown", "currency", body -> body.put("currency", "XYZ")),
                invalid("endUser missing", "endUser", body -> body.remove("endUser")),
                invalid("endUser.id with a space", "endUser.id", body -> endUser(body).put("id", "user 1")),
                invalid("endUser.firstName missing", "endUser.firstName", body -> endUser(body).remove("firstName")),
                invalid("endUser.email without @", "endUser.email", body -> endUser(body).put("email", "payee.example.com")),
                invalid("endUser.country unknown", "endUser.country", body -> endUser(body).put("country", "QQ")),
                invalid("endUser.locale malformed", "endUser.locale", body -> endUser(body).put("locale", "sv-SE")),
                invalid("endUser.phone not international", "endUser.phone", body -> endUser(body).put("phone", "0701234567")),
                invalid("successUrl on another host", "successUrl", body -> body.put("successUrl", "https://evil.example/ok")),
                invalid("failUrl http", "failUrl", body -> body.put("failUrl", "http://merchant.example/failed")),
                invalid("minAmount zero", "minAmount", body -> body.put("minAmount", "0.00")),
                invalid("maxAmount with too many decimals", "maxAmount", body -> body.put("maxAmount", "10.001")),
                invalid("minAmount above maxAmount", "minAmount", body -> body.put("minAmount", "600.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIs400NamingItAndNothingIsStored(String name, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = body();
        change.accept(body);

        Response response = create(body, UUID.randomUUID().toString());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name", String.class)).containsExactly(field);
        assertThat(database.withdrawalsOfEndUser(endUserId(body))).isZero();
    }

    @Test
    void withoutAnIdempotencyKeyOrTheRoleNothingIsSent() {
        Map<String, Object> body = body();

        given().auth().oauth2(payout()).contentType("application/json").body(body).post("/v1/withdrawals")
                .then().statusCode(400).body("type", equalTo("urn:paybridge:problem:idempotency-key-missing"));
        given().contentType("application/json").header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body)
                .post("/v1/withdrawals").then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("payments:read", "payments:approve")).contentType("application/json")
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body).post("/v1/withdrawals")
                .then().statusCode(403);

        assertThat(database.withdrawalsOfEndUser(endUserId(body))).isZero();
    }

    @Test
    void anUnreachablePspIs504StoresNothingAndReleasesTheKeyForARetry() {
        Map<String, Object> body = body();
        String key = "k-" + UUID.randomUUID();

        create(body, key).then().statusCode(504).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:paybridge:problem:psp-outcome-unknown"));
        create(body, key).then().statusCode(504)
                .body("type", equalTo("urn:paybridge:problem:psp-outcome-unknown"));

        assertThat(database.withdrawalsOfEndUser(endUserId(body))).isZero();
    }

    @Test
    void aWithdrawalIsShownWithExactlyItsFields() {
        Withdrawal withdrawal = TestWithdrawals.in(WithdrawalStatus.DEBITED);
        withdrawal.createdAt = Instant.parse("2026-11-21T09:00:00Z");
        withdrawal.updatedAt = Instant.parse("2026-11-21T09:05:30.123456Z");
        database.insert(withdrawal);

        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/withdrawals/" + withdrawal.withdrawalId);

        response.then().statusCode(200).contentType("application/json");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("withdrawalId", withdrawal.withdrawalId);
        expected.put("status", "DEBITED");
        expected.put("currency", "EUR");
        expected.put("amount", "250.00");
        expected.put("minAmount", "10.00");
        expected.put("maxAmount", "500.00");
        expected.put("endUserId", withdrawal.endUserId);
        expected.put("pspOrderId", withdrawal.pspOrderId);
        expected.put("checkoutUrl", withdrawal.checkoutUrl);
        expected.put("decision", null);
        expected.put("createdAt", "2026-11-21T09:00:00Z");
        expected.put("updatedAt", "2026-11-21T09:05:30.123456Z");
        assertThat(response.jsonPath().getMap("")).isEqualTo(expected);
        given().auth().oauth2(TestTokens.reader()).get("/v1/withdrawals/wdl_000000000000000000000000")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("urn:paybridge:problem:not-found"));
        given().auth().oauth2(payout()).get("/v1/withdrawals/" + withdrawal.withdrawalId).then().statusCode(403);
    }

    @Test
    void aPageFiltersByEndUserAndStatusInTheAskedOrder() {
        String endUserId = "user-" + UUID.randomUUID();
        Withdrawal oldest = withEndUser(TestWithdrawals.in(WithdrawalStatus.DEBITED), endUserId, "2026-11-21T08:00:00Z");
        Withdrawal middle = withEndUser(TestWithdrawals.in(WithdrawalStatus.CANCELLED), endUserId, "2026-11-21T08:10:00Z");
        Withdrawal newest = withEndUser(TestWithdrawals.in(WithdrawalStatus.DEBITED), endUserId, "2026-11-21T08:20:00Z");
        Stream.of(oldest, middle, newest).forEach(database::insert);

        Response debited = given().auth().oauth2(TestTokens.reader()).queryParam("endUserId", endUserId)
                .queryParam("status", "DEBITED").get("/v1/withdrawals");
        Response ascending = given().auth().oauth2(TestTokens.reader()).queryParam("endUserId", endUserId)
                .queryParam("sortOrder", "asc").queryParam("count", 2).get("/v1/withdrawals");

        debited.then().statusCode(200);
        assertThat(debited.jsonPath().getList("items.withdrawalId", String.class))
                .containsExactly(newest.withdrawalId, oldest.withdrawalId);
        assertThat(ascending.jsonPath().getList("items.withdrawalId", String.class))
                .containsExactly(oldest.withdrawalId, middle.withdrawalId);
        assertThat(ascending.jsonPath().getInt("count")).isEqualTo(2);
        assertThat(ascending.jsonPath().getInt("startIndex")).isZero();
    }

    @Test
    void badPageParametersAreOne400NamingEach() {
        Response response = given().auth().oauth2(TestTokens.reader()).queryParam("count", 0)
                .queryParam("status", "PAID").queryParam("colour", "red").get("/v1/withdrawals");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name", String.class))
                .containsExactlyInAnyOrder("count", "status", "colour");
    }

    @Test
    void anApprovalWithoutTheAnswerStaysApprovingAndIsResentUnderItsUuid() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.in(WithdrawalStatus.DEBITED));
        String key = "k-" + UUID.randomUUID();

        Response first = decide(withdrawal, "approve", key);
        Withdrawal approving = database.withdrawal(withdrawal.withdrawalId);
        Response replay = decide(withdrawal, "approve", key);
        Response again = decide(withdrawal, "approve", "k-" + UUID.randomUUID());
        Withdrawal resent = database.withdrawal(withdrawal.withdrawalId);

        first.then().statusCode(202).body("status", equalTo("APPROVING")).body("decision", equalTo("APPROVE"));
        replay.then().statusCode(202).body("status", equalTo("APPROVING"));
        again.then().statusCode(202).body("status", equalTo("APPROVING"));
        assertThat(approving.status).isEqualTo(WithdrawalStatus.APPROVING);
        assertThat(approving.decision).isEqualTo(ManualDecision.APPROVE);
        assertThat(approving.decidedBy).isEqualTo(TestTokens.SUBJECT);
        assertThat(approving.decisionAttempts).isEqualTo(1);
        assertThat(resent.decisionUuid).isEqualTo(approving.decisionUuid);
        assertThat(resent.decisionAttempts).isEqualTo(2);
        decide(withdrawal, "deny", "k-" + UUID.randomUUID()).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:paybridge:problem:withdrawal-not-awaiting-decision"));
    }

    @Test
    void aDenialWithoutTheAnswerStaysDenying() {
        Withdrawal withdrawal = database.insert(TestWithdrawals.in(WithdrawalStatus.DEBITED));

        decide(withdrawal, "deny", "k-" + UUID.randomUUID()).then().statusCode(202).body("status", equalTo("DENYING"));

        Withdrawal denying = database.withdrawal(withdrawal.withdrawalId);
        assertThat(denying.status).isEqualTo(WithdrawalStatus.DENYING);
        assertThat(denying.decision).isEqualTo(ManualDecision.DENY);
        assertThat(denying.decisionUuid).isNotNull();
    }

    @Test
    void onlyADebitedWithdrawalCanBeDecidedAndOnlyWithTheApproveRole() {
        Withdrawal created = database.insert(TestWithdrawals.created());
        Withdrawal debited = database.insert(TestWithdrawals.in(WithdrawalStatus.DEBITED));

        decide(created, "approve", "k-" + UUID.randomUUID()).then().statusCode(409)
                .body("type", equalTo("urn:paybridge:problem:withdrawal-not-awaiting-decision"));
        given().auth().oauth2(TestTokens.withRoles("payments:approve")).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .post("/v1/withdrawals/wdl_000000000000000000000000/approve").then().statusCode(404);
        given().auth().oauth2(payout()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .post("/v1/withdrawals/" + debited.withdrawalId + "/deny").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("payments:approve"))
                .post("/v1/withdrawals/" + debited.withdrawalId + "/deny").then().statusCode(400)
                .body("type", equalTo("urn:paybridge:problem:idempotency-key-missing"));

        assertThat(database.withdrawal(created.withdrawalId).status).isEqualTo(WithdrawalStatus.CREATED);
        assertThat(database.withdrawal(debited.withdrawalId).status).isEqualTo(WithdrawalStatus.DEBITED);
        assertThat(database.withdrawal(debited.withdrawalId).decision).isNull();
    }

    private static Withdrawal withEndUser(Withdrawal withdrawal, String endUserId, String createdAt) {
        withdrawal.endUserId = endUserId;
        withdrawal.createdAt = Instant.parse(createdAt);
        withdrawal.updatedAt = withdrawal.createdAt;
        return withdrawal;
    }

    private static Response decide(Withdrawal withdrawal, String action, String key) {
        return given().auth().oauth2(TestTokens.withRoles("payments:approve")).header("Idempotency-Key", key)
                .post("/v1/withdrawals/" + withdrawal.withdrawalId + "/" + action);
    }

    private static Response create(Map<String, Object> body, String key) {
        return given().auth().oauth2(payout()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post("/v1/withdrawals");
    }

    private static String payout() {
        return TestTokens.withRoles("payments:payout");
    }

    /** A valid request: EUR, 10.00 to 500.00, an end user with fresh id. */
    private static Map<String, Object> body() {
        Map<String, Object> endUser = new HashMap<>();
        endUser.put("id", "user-" + UUID.randomUUID());
        endUser.put("firstName", "Åsa");
        endUser.put("lastName", "Lindqvist");
        endUser.put("email", "asa@example.com");
        endUser.put("country", "SE");
        endUser.put("locale", "sv_SE");
        endUser.put("phone", "+46701234567");
        Map<String, Object> body = new HashMap<>();
        body.put("currency", "EUR");
        body.put("endUser", endUser);
        body.put("successUrl", "https://merchant.example/withdrawn");
        body.put("failUrl", "https://merchant.example/not-withdrawn");
        body.put("minAmount", "10.00");
        body.put("maxAmount", "500.00");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endUser(Map<String, Object> body) {
        return (Map<String, Object>) body.get("endUser");
    }

    private static String endUserId(Map<String, Object> body) {
        Object endUser = body.get("endUser");
        return endUser == null ? "none" : String.valueOf(((Map<?, ?>) endUser).get("id"));
    }

    private static Arguments invalid(String name, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(name, field, change);
    }
}
