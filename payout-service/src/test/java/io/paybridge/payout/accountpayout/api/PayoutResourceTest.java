package io.paybridge.payout.accountpayout.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.fixture.AccountPayoutDatabase;
import io.paybridge.payout.fixture.Events;
import io.paybridge.payout.fixture.Principals;
import static io.paybridge.payout.fixture.PayoutRequests.body;
import static io.paybridge.payout.fixture.PayoutRequests.post;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /v1/payouts (every field, roles, Idempotency-Key, known accounts, the approval threshold) and GET. The PSP is
 * unreachable here, so a payout that is sent has no definite answer: it is UNKNOWN, answered 202.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PayoutResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AccountPayoutDatabase database;

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("accountId missing", "accountId", null),
                Arguments.of("accountId with a space", "accountId", "12 34"),
                Arguments.of("endUserId missing", "endUserId", null),
                Arguments.of("endUserId too long", "endUserId", "u".repeat(256)),
                Arguments.of("amount missing", "amount", null),
                Arguments.of("amount zero", "amount", "0.00"),
                Arguments.of("amount negative", "amount", "-5.00"),
                Arguments.of("amount with too many decimals", "amount", "1.005"),
                Arguments.of("amount not a number", "amount", "ten"),
                Arguments.of("currency missing", "currency", null),
                Arguments.of("currency unknown", "currency", "XYZ"),
                Arguments.of("shopperStatement missing", "shopperStatement", null),
                Arguments.of("shopperStatement too long", "shopperStatement", "s".repeat(36)),
                Arguments.of("shopperStatement with a control character", "shopperStatement", "pay\nout"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsStored(String caseName, String field, String value) {
        String endUser = "user-" + UUID.randomUUID();
        Map<String, Object> body = body(database.knownAccount(endUser), endUser, "10.00");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        long writes = database.outboxWrites();

        Response response = post(Principals.requester(), UUID.randomUUID().toString(), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).containsExactly(field);
        assertThat(database.payoutsOfEndUser(endUser)).isZero();
        assertThat(database.outboxWrites()).isEqualTo(writes);
    }

    @Test
    void everyInvalidFieldIsNamedInOne400() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", "0");
        body.put("currency", "eur");

        Response response = post(Principals.requester(), UUID.randomUUID().toString(), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.name", String.class))
                .containsExactlyInAnyOrder("currency", "accountId", "endUserId", "shopperStatement");
    }

    @Test
    void anAccountThePspNeverReportedForTheEndUserIs422NamingAccountId() {
        String endUser = "user-" + UUID.randomUUID();
        String othersAccount = database.knownAccount("someone-else-" + UUID.randomUUID());
        long writes = database.outboxWrites();

        Response response = post(Principals.requester(), UUID.randomUUID().toString(), body(othersAccount, endUser, "10.00"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:account-not-known");
        assertThat(response.jsonPath().getList("errors.name")).containsExactly("accountId");
        assertThat(database.payoutsOfEndUser(endUser)).isZero();
        assertThat(database.outboxWrites()).isEqualTo(writes);
    }

    @Test
    void withoutATokenItIs401AndWithoutThePayoutRoleItIs403() {
        String endUser = "user-" + UUID.randomUUID();
        Map<String, Object> body = body(database.knownAccount(endUser), endUser, "10.00");

        Response anonymous = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/v1/payouts");
        Response reader = post(Principals.token(Principals.REQUESTER, "payments:read", "payments:approve"),
                UUID.randomUUID().toString(), body);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(database.payoutsOfEndUser(endUser)).isZero();
    }

    @Test
    void aPayoutAtTheThresholdIsSentAtOnceAndWithoutAnAnswerItStaysUnknown() {
        String endUser = "user-" + UUID.randomUUID();
        String account = database.knownAccount(endUser);

        Response response = post(Principals.requester(), UUID.randomUUID().toString(), body(account, endUser, "1000.00"));

        assertThat(response.statusCode()).isEqualTo(202);
        String payoutId = response.jsonPath().getString("payoutId");
        assertThat(response.header("Location")).endsWith("/v1/payouts/" + payoutId);
        assertThat(response.jsonPath().getString("status")).isEqualTo("UNKNOWN");
        assertThat(response.jsonPath().getBoolean("approvalRequired")).isFalse();
        Payout payout = database.payout(payoutId);
        assertThat(payout.status).isEqualTo(PayoutStatus.UNKNOWN);
        assertThat(payout.sendAttempts).isEqualTo(1);
        assertThat(payout.messageId).startsWith("pay-");
        assertThat(payout.lastSendError).contains("no verified answer");
        assertThat(payout.requestedBy).isEqualTo(Principals.REQUESTER);
        assertThat(payout.amountMinor).isEqualTo(100_000L);
        assertThat(database.allEvents(payoutId)).containsExactly("PayoutRequested");
    }

    @Test
    void aPayoutAboveTheThresholdAwaitsApprovalAndNothingIsSent() {
        String endUser = "user-" + UUID.randomUUID();
        String account = database.knownAccount(endUser);

        Response response = post(Principals.requester(), UUID.randomUUID().toString(), body(account, endUser, "1000.01"));

        assertThat(response.statusCode()).isEqualTo(201);
        String payoutId = response.jsonPath().getString("payoutId");
        assertThat(response.jsonPath().getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(response.jsonPath().getBoolean("approvalRequired")).isTrue();
        assertThat(response.jsonPath().getString("amount")).isEqualTo("1000.01");
        Payout payout = database.payout(payoutId);
        assertThat(payout.sendAttempts).isZero();
        assertThat(payout.nextSendAt).isNull();
        assertThat(database.allEvents(payoutId)).containsExactly("PayoutRequested");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstResponseAndMakeOnePayout() {
        String endUser = "user-" + UUID.randomUUID();
        Map<String, Object> body = body(database.knownAccount(endUser), endUser, "2500.00");
        String key = UUID.randomUUID().toString();

        Response first = post(Principals.requester(), key, body);
        Response again = post(Principals.requester(), key, body);
        body.put("amount", "2500.01");
        Response otherBody = post(Principals.requester(), key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(otherBody.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-reused");
        assertThat(database.payoutsOfEndUser(endUser)).isEqualTo(1);
    }

    @Test
    void aPayoutIsReadByIdAndListedWithFilters() {
        String endUser = "user-" + UUID.randomUUID();
        String account = database.knownAccount(endUser);
        String waiting = post(Principals.requester(), UUID.randomUUID().toString(), body(account, endUser, "5000.00"))
                .jsonPath().getString("payoutId");
        String sent = post(Principals.requester(), UUID.randomUUID().toString(), body(account, endUser, "5.00"))
                .jsonPath().getString("payoutId");
        String reader = Principals.token("auditor", "payments:read");

        Response one = given().auth().oauth2(reader).get("/v1/payouts/" + waiting);
        Response all = given().auth().oauth2(reader).queryParam("endUserId", endUser).queryParam("sortOrder", "asc")
                .get("/v1/payouts");
        Response awaiting = given().auth().oauth2(reader).queryParam("endUserId", endUser)
                .queryParam("status", "AWAITING_APPROVAL").get("/v1/payouts");
        Response invalid = given().auth().oauth2(reader).queryParam("status", "PAID").queryParam("count", "0")
                .get("/v1/payouts");
        Response missing = given().auth().oauth2(reader).get("/v1/payouts/pay_000000000000000000000000");

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getString("accountId")).isEqualTo(account);
        assertThat(one.jsonPath().getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(all.jsonPath().getList("items.payoutId")).containsExactly(waiting, sent);
        assertThat(all.jsonPath().getInt("count")).isEqualTo(25);
        assertThat(awaiting.jsonPath().getList("items.payoutId")).containsExactly(waiting);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.jsonPath().getList("errors.name", String.class)).containsExactlyInAnyOrder("count", "status");
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}
