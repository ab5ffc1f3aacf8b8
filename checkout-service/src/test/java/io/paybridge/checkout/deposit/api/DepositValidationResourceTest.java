package io.paybridge.checkout.deposit.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.DepositBodies;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/deposits: every invalid field, a missing Idempotency-Key or role, and an unreachable PSP answer a problem and store nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class DepositValidationResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    CheckoutDatabase database;

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("amount missing", "amount", body -> body.without("amount")),
                invalid("amount zero", "amount", body -> body.with("amount", "0.00")),
                invalid("amount negative", "amount", body -> body.with("amount", "-10.50")),
                invalid("amount with too many decimals", "amount", body -> body.with("amount", "10.505")),
                invalid("amount not a number", "amount", body -> body.with("amount", "ten")),
                invalid("currency in lower case", "currency", body -> body.with("currency", "eur")),
                invalid("currency unknown", "currency", body -> body.with("currency", "XYZ")),
                invalid("currency missing", "currency", body -> body.without("currency")),
                invalid("endUser missing", "endUser", body -> body.without("endUser")),
                invalid("endUser.id missing", "endUser.id", body -> body.without("endUser.id")),
                invalid("endUser.id with a space", "endUser.id", body -> body.with("endUser.id", "user 1")),
                invalid("endUser.firstName missing", "endUser.firstName", body -> body.without("endUser.firstName")),
                invalid("endUser.firstName with a control character", "endUser.firstName",
                        body -> body.with("endUser.firstName", "Te\nst")),
                invalid("endUser.lastName missing", "endUser.lastName", body -> body.without("endUser.lastName")),
                invalid("endUser.lastName too long", "endUser.lastName", body -> body.with("endUser.lastName", "x".repeat(101))),
                invalid("endUser.email missing", "endUser.email", body -> body.without("endUser.email")),
                invalid("endUser.email without @", "endUser.email", body -> body.with("endUser.email", "payer.example.com")),
                invalid("endUser.country missing", "endUser.country", body -> body.without("endUser.country")),
                invalid("endUser.country in lower case", "endUser.country", body -> body.with("endUser.country", "se")),
                invalid("endUser.country unknown", "endUser.country", body -> body.with("endUser.country", "QQ")),
                invalid("endUser.locale missing", "endUser.locale", body -> body.without("endUser.locale")),
                invalid("endUser.locale malformed", "endUser.locale", body -> body.with("endUser.locale", "sv-SE")),
                invalid("endUser.locale unknown language", "endUser.locale", body -> body.with("endUser.locale", "qq_SE")),
                invalid("endUser.phone not international", "endUser.phone", body -> body.with("endUser.phone", "0701234567")),
                invalid("endUser.nationalId with a space", "endUser.nationalId", body -> body.with("endUser.nationalId", "1970 0101")),
                invalid("successUrl missing", "successUrl", body -> body.without("successUrl")),
                invalid("successUrl http", "successUrl", body -> body.with("successUrl", "http://merchant.example/paid")),
                invalid("successUrl relative", "successUrl", body -> body.with("successUrl", "/paid")),
                invalid("successUrl on another host", "successUrl", body -> body.with("successUrl", "https://evil.example/paid")),
                invalid("successUrl with user info", "successUrl",
                        body -> body.with("successUrl", "https://user:secret@merchant.example/paid")),
                invalid("failUrl missing", "failUrl", body -> body.without("failUrl")),
                invalid("failUrl http", "failUrl", body -> body.with("failUrl", "http://merchant.example/failed")),
                invalid("failUrl relative", "failUrl", body -> body.with("failUrl", "failed")),
                invalid("failUrl on another host", "failUrl", body -> body.with("failUrl", "https://merchant.example.evil.example/failed")),
                invalid("failUrl with user info", "failUrl", body -> body.with("failUrl", "https://user@merchant.example/failed")),
                invalid("shopperStatement with bad characters", "shopperStatement", body -> body.with("shopperStatement", "Shop <b>")),
                invalid("shopperStatement too long", "shopperStatement", body -> body.with("shopperStatement", "S".repeat(36))),
                invalid("invoiceId with bad characters", "invoiceId", body -> body.with("invoiceId", "INV 1;DROP")),
                invalid("method unknown", "method", body -> body.with("method", "SWISH")),
                invalid("method IDEAL with SEK", "method", body -> body.with("currency", "SEK").with("method", "IDEAL")));
    }

    private static Arguments invalid(String caseName, String field, UnaryOperator<DepositBodies> change) {
        return Arguments.of(caseName, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsStored(String caseName, String field, UnaryOperator<DepositBodies> change) {
        DepositBodies body = change.apply(DepositBodies.valid());
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        Response response = post(TestTokens.checkout(), key, body.asMap());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        assertNothingStored(key, body, outboxBefore);
    }

    @Test
    void anUnknownMemberIsNamedInA400AndNothingIsStored() {
        DepositBodies body = DepositBodies.valid().with("invoiceID", "INV-1");
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        Response response = post(TestTokens.checkout(), key, body.asMap());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:malformed-body");
        assertThat(response.jsonPath().getList("errors")).isEqualTo(List.of(Map.of("name", "invoiceID", "reason", "is not a known field")));
        assertNothingStored(key, body, outboxBefore);
    }

    @Test
    void malformedJsonIsA400WithoutJavaNamesAndNothingIsStored() {
        String key = UUID.randomUUID().toString();
        long ordersBefore = database.rows("deposit_order");
        long outboxBefore = database.outboxWrites();

        Response response = given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", key)
                .contentType("application/json").body("{\"amount\": \"10.50\", \"currency\": ").post("/v1/deposits");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:malformed-body");
        assertThat(response.asString()).doesNotContain("com.fasterxml", "java.", "Exception", "io.paybridge");
        assertThat(database.rows("deposit_order")).isEqualTo(ordersBefore);
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
        assertThat(database.idempotencyKeys(key)).isZero();
    }

    @Test
    void aMissingIdempotencyKeyIsNamedInA400AndNothingIsStored() {
        DepositBodies body = DepositBodies.valid();
        long outboxBefore = database.outboxWrites();

        Response response = given().auth().oauth2(TestTokens.checkout()).contentType("application/json")
                .body(body.asMap()).post("/v1/deposits");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-missing");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("Idempotency-Key"));
        assertThat(database.ordersOfEndUser(body.endUserId())).isZero();
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
    }

    @Test
    void noTokenIs401AndNothingIsStored() {
        DepositBodies body = DepositBodies.valid();
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        given().header("Idempotency-Key", key).contentType("application/json").body(body.asMap())
                .post("/v1/deposits")
                .then().statusCode(401);

        assertNothingStored(key, body, outboxBefore);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = io.smallrye.jwt.build.Jwt.issuer("https://paybridge.local/dev").subject(TestTokens.SUBJECT)
                .groups("payments:checkout").sign(freshRsaKey());

        post(forged, UUID.randomUUID().toString(), DepositBodies.valid().asMap()).then().statusCode(401);
    }

    @Test
    void aTokenWithoutTheCheckoutRoleIs403AndNothingIsStored() {
        DepositBodies body = DepositBodies.valid();
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        post(TestTokens.withRoles("payments:read", "payments:refund"), key, body.asMap()).then().statusCode(403);

        assertNothingStored(key, body, outboxBefore);
    }

    @Test
    void anUnreachablePspIsA5xxProblemWithoutSecretsAndNothingIsStored() {
        DepositBodies body = DepositBodies.valid();
        String key = UUID.randomUUID().toString();
        long outboxBefore = database.outboxWrites();

        Response response = post(TestTokens.checkout(), key, body.asMap());

        response.then().contentType(PROBLEM_JSON);
        String type = response.jsonPath().getString("type");
        assertThat(type).isIn("urn:paybridge:problem:psp-outcome-unknown", "urn:paybridge:problem:psp-unavailable");
        assertThat(response.statusCode()).isEqualTo(type.endsWith("psp-unavailable") ? 503 : 504);
        assertThat(response.asString()).doesNotContain("test-password-not-a-real-one", "test-merchant", "127.0.0.1",
                "PRIVATE KEY", "Exception", "io.paybridge", "payer@example.com", "19700101-1234");
        // The failed call releases its key, so the caller's retry with the same key runs again.
        assertThat(database.idempotencyKeys(key)).isZero();
        assertThat(database.ordersOfEndUser(body.endUserId())).isZero();
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
    }

    private void assertNothingStored(String key, DepositBodies body, long outboxBefore) {
        assertThat(database.ordersOfEndUser(body.endUserId())).isZero();
        assertThat(database.idempotencyKeys(key)).isZero();
        assertThat(database.outboxWrites()).isEqualTo(outboxBefore);
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/v1/deposits");
    }

    private static java.security.PrivateKey freshRsaKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
