package io.paybridge.checkout.mandate.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.DepositBodies;
import io.paybridge.checkout.fixture.TestMandatesAndCharges;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.persistence.Mandate;
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

/** POST /v1/mandates (validation of every field, roles, Idempotency-Key, unreachable PSP) and GET /v1/mandates/{id}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class MandateResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    CheckoutDatabase database;

    /** A valid mandate body: a deposit body's end user and redirect URLs, nothing else. */
    static DepositBodies valid() {
        return DepositBodies.valid().without("amount").without("currency").without("shopperStatement").without("invoiceId");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("endUser missing", "endUser", body -> body.without("endUser")),
                invalid("endUser.id missing", "endUser.id", body -> body.without("endUser.id")),
                invalid("endUser.firstName missing", "endUser.firstName", body -> body.without("endUser.firstName")),
                invalid("endUser.lastName too long", "endUser.lastName", body -> body.with("endUser.lastName", "x".repeat(101))),
                invalid("endUser.email missing", "endUser.email", body -> body.without("endUser.email")),
                invalid("endUser.email without @", "endUser.email", body -> body.with("endUser.email", "payer.example.com")),
                invalid("endUser.country unknown", "endUser.country", body -> body.with("endUser.country", "QQ")),
                invalid("endUser.locale malformed", "endUser.locale", body -> body.with("endUser.locale", "sv-SE")),
                invalid("endUser.phone not international", "endUser.phone", body -> body.with("endUser.phone", "0701234567")),
                invalid("endUser.nationalId with a space", "endUser.nationalId", body -> body.with("endUser.nationalId", "1970 0101")),
                invalid("successUrl missing", "successUrl", body -> body.without("successUrl")),
                invalid("successUrl http", "successUrl", body -> body.with("successUrl", "http://merchant.example/ok")),
                invalid("successUrl on another host", "successUrl", body -> body.with("successUrl", "https://evil.example/ok")),
                invalid("failUrl missing", "failUrl", body -> body.without("failUrl")),
                invalid("failUrl relative", "failUrl", body -> body.with("failUrl", "failed")));
    }

    private static Arguments invalid(String caseName, String field, UnaryOperator<DepositBodies> change) {
        return Arguments.of(caseName, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsStored(String caseName, String field, UnaryOperator<DepositBodies> change) {
        String key = UUID.randomUUID().toString();
        long mandatesBefore = database.rows("mandate");

        Response response = post(TestTokens.checkout(), key, change.apply(valid()).asMap());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        assertThat(database.rows("mandate")).isEqualTo(mandatesBefore);
        assertThat(database.idempotencyKeys(key)).isZero();
    }

    @Test
    void anAmountIsNotAMandateField() {
        Response response = post(TestTokens.checkout(), UUID.randomUUID().toString(), valid().with("amount", "1.00").asMap());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("amount"));
    }

    @Test
    void aMissingIdempotencyKeyIsA400NamingTheHeader() {
        Response response = given().auth().oauth2(TestTokens.checkout()).contentType("application/json")
                .body(valid().asMap()).post("/v1/mandates");

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of("Idempotency-Key"));
    }

    @Test
    void withoutATokenItIs401AndWithTheReadRoleOnly403() {
        given().contentType("application/json").header("Idempotency-Key", "k1").body(valid().asMap())
                .post("/v1/mandates").then().statusCode(401);
        post(TestTokens.reader(), UUID.randomUUID().toString(), valid().asMap()).then().statusCode(403);
    }

    @Test
    void anUnreachablePspIsA504Or503AndReleasesTheKey() {
        String key = UUID.randomUUID().toString();
        long mandatesBefore = database.rows("mandate");

        Response response = post(TestTokens.checkout(), key, valid().asMap());

        response.then().contentType(PROBLEM_JSON);
        String type = response.jsonPath().getString("type");
        assertThat(type).isIn("urn:paybridge:problem:psp-outcome-unknown", "urn:paybridge:problem:psp-unavailable");
        assertThat(response.statusCode()).isEqualTo(type.endsWith("psp-unavailable") ? 503 : 504);
        assertThat(database.rows("mandate")).isEqualTo(mandatesBefore);
        assertThat(database.idempotencyKeys(key)).isZero();
    }

    @Test
    void getShowsTheMandateWithItsAccountAndNeverTheEmail() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));

        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/mandates/" + mandate.mandateId);

        response.then().statusCode(200);
        Map<String, Object> view = response.jsonPath().getMap("");
        assertThat(view).containsEntry("mandateId", mandate.mandateId).containsEntry("status", "ACTIVE")
                .containsEntry("accountId", mandate.accountId).containsEntry("bank", "Test Bank")
                .containsEntry("descriptor", "**** *123456").containsEntry("lastDigits", "123456")
                .containsEntry("endUserId", mandate.endUserId).containsEntry("pspOrderId", mandate.pspOrderId);
        assertThat(response.asString()).doesNotContain("payer@example.com");
    }

    @Test
    void getOfAnUnknownMandateIs404AndNeedsTheReadRole() {
        given().auth().oauth2(TestTokens.reader()).get("/v1/mandates/man_000000000000000000000000").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.checkout()).get("/v1/mandates/man_000000000000000000000000").then().statusCode(403);
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/v1/mandates");
    }
}
