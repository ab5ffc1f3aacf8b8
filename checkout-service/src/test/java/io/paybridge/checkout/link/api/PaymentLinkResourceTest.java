package io.paybridge.checkout.link.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.fixture.LinkDatabase;
import io.paybridge.checkout.fixture.PaymentLinkBodies;
import io.paybridge.checkout.fixture.TestTokens;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/payment-links, GET /v1/payment-links/{id} and its cancel: the link, its token, idempotency and every invalid field. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PaymentLinkResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern LINK_URL = Pattern.compile("http://localhost:(\\d+)/pay/([A-Za-z0-9_-]{22})");

    @Inject
    LinkDatabase links;

    @Test
    void aLinkIsCreatedWithAUrlOnCheckoutWhoseTokenIsStoredOnlyAsItsHash() {
        PaymentLinkBodies body = PaymentLinkBodies.valid();
        Instant before = Instant.now();

        Response response = post(TestTokens.checkout(), UUID.randomUUID().toString(), body.asMap());

        response.then().statusCode(201).contentType("application/json");
        String linkId = response.jsonPath().getString("linkId");
        assertThat(response.header("Location")).endsWith("/v1/payment-links/" + linkId);
        Matcher url = LINK_URL.matcher(response.jsonPath().getString("url"));
        assertThat(url.matches()).as(response.jsonPath().getString("url")).isTrue();
        assertThat(Integer.parseInt(url.group(1))).isEqualTo(RestAssured.port);
        String token = url.group(2);
        assertThat(links.linksWithTokenHash(new LinkToken(token).hash())).isEqualTo(1);
        assertThat(links.storedResponsesContaining(token)).as("stored answers holding the token").isZero();
        assertThat(response.jsonPath().getString("status")).isEqualTo("OPEN");
        assertThat(response.jsonPath().getString("amount")).isEqualTo("10.50");
        assertThat(response.jsonPath().getString("currency")).isEqualTo("EUR");
        assertThat(response.jsonPath().getString("description")).isEqualTo("Invoice 42");
        assertThat(response.jsonPath().getString("endUserId")).isEqualTo(body.endUserId());
        assertThat(response.jsonPath().getList("attempts")).isEmpty();
        Instant expiresAt = Instant.parse(response.jsonPath().getString("expiresAt"));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void aLinkWithoutLifetimeLivesSevenDays() {
        Instant before = Instant.now();
        Response response = post(TestTokens.checkout(), UUID.randomUUID().toString(),
                PaymentLinkBodies.valid().without("lifetime").asMap());

        response.then().statusCode(201);
        assertThat(Instant.parse(response.jsonPath().getString("expiresAt")))
                .isBetween(before.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
    }

    @Test
    void aLinkReadsAsCreatedWithoutItsUrl() {
        Response created = post(TestTokens.checkout(), UUID.randomUUID().toString(), PaymentLinkBodies.valid().asMap());
        String linkId = created.jsonPath().getString("linkId");

        Response read = given().auth().oauth2(TestTokens.reader()).get("/v1/payment-links/" + linkId);

        read.then().statusCode(200);
        Map<String, Object> expected = created.jsonPath().getMap("");
        expected.put("url", null);
        assertThat(read.jsonPath().getMap("")).isEqualTo(expected);
    }

    @Test
    void theSameKeyReplaysTheLinkWithoutItsTokenAndADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        PaymentLinkBodies body = PaymentLinkBodies.valid();

        Response first = post(TestTokens.checkout(), key, body.asMap());
        Response replay = post(TestTokens.checkout(), key, body.asMap());
        Response other = post(TestTokens.checkout(), key, body.with("amount", "11.00").asMap());

        first.then().statusCode(201);
        replay.then().statusCode(201);
        Map<String, Object> expected = first.jsonPath().getMap("");
        expected.put("url", null);
        assertThat(replay.jsonPath().getMap("")).isEqualTo(expected);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        other.then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(other.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-reused");
        assertThat(links.linksOfEndUser(body.endUserId())).isEqualTo(1);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("amount missing", "amount", body -> body.without("amount")),
                invalid("amount zero", "amount", body -> body.with("amount", "0.00")),
                invalid("amount with too many decimals", "amount", body -> body.with("amount", "10.505")),
                invalid("currency unknown", "currency", body -> body.with("currency", "XYZ")),
                invalid("currency missing", "currency", body -> body.without("currency")),
                invalid("endUser missing", "endUser", body -> body.without("endUser")),
                invalid("endUser.id with a space", "endUser.id", body -> body.with("endUser.id", "user 1")),
                invalid("endUser.firstName missing", "endUser.firstName", body -> body.without("endUser.firstName")),
                invalid("endUser.lastName too long", "endUser.lastName", body -> body.with("endUser.lastName", "x".repeat(101))),
                invalid("endUser.email without @", "endUser.email", body -> body.with("endUser.email", "payer.example.com")),
                invalid("endUser.country unknown", "endUser.country", body -> body.with("endUser.country", "QQ")),
                invalid("endUser.locale malformed", "endUser.locale", body -> body.with("endUser.locale", "sv-SE")),
                invalid("endUser.phone not international", "endUser.phone", body -> body.with("endUser.phone", "0701234567")),
                invalid("endUser.nationalId with a space", "endUser.nationalId", body -> body.with("endUser.nationalId", "1970 0101")),
                invalid("description missing", "description", body -> body.without("description")),
                invalid("description blank", "description", body -> body.with("description", "   ")),
                invalid("description too long", "description", body -> body.with("description", "d".repeat(141))),
                invalid("description with a newline", "description", body -> body.with("description", "Invoice\n42")),
                invalid("description with a NUL", "description", body -> body.with("description", "Invoice\u000042")),
                invalid("lifetime not ISO-8601", "lifetime", body -> body.with("lifetime", "7 days")),
                invalid("lifetime below five minutes", "lifetime", body -> body.with("lifetime", "PT4M59S")),
                invalid("lifetime above thirty days", "lifetime", body -> body.with("lifetime", "P30DT1S")),
                invalid("lifetime negative", "lifetime", body -> body.with("lifetime", "-P1D")),
                invalid("successUrl missing", "successUrl", body -> body.without("successUrl")),
                invalid("successUrl http", "successUrl", body -> body.with("successUrl", "http://merchant.example/paid")),
                invalid("successUrl on another host", "successUrl", body -> body.with("successUrl", "https://evil.example/paid")),
                invalid("failUrl relative", "failUrl", body -> body.with("failUrl", "failed")),
                invalid("failUrl on another host", "failUrl", body -> body.with("failUrl", "https://merchant.example.evil.example/x")));
    }

    private static Arguments invalid(String caseName, String field, UnaryOperator<PaymentLinkBodies> change) {
        return Arguments.of(caseName, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsStored(String caseName, String field, UnaryOperator<PaymentLinkBodies> change) {
        PaymentLinkBodies body = change.apply(PaymentLinkBodies.valid());

        Response response = post(TestTokens.checkout(), UUID.randomUUID().toString(), body.asMap());

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        assertThat(links.linksOfEndUser(body.endUserId())).isZero();
    }

    @Test
    void theBoundsOfTheLifetimeAreAccepted() {
        post(TestTokens.checkout(), UUID.randomUUID().toString(), PaymentLinkBodies.valid().with("lifetime", "PT5M").asMap())
                .then().statusCode(201);
        post(TestTokens.checkout(), UUID.randomUUID().toString(), PaymentLinkBodies.valid().with("lifetime", "P30D").asMap())
                .then().statusCode(201);
    }

    @Test
    void withoutIdempotencyKeyOrTheRoleNothingIsCreated() {
        PaymentLinkBodies body = PaymentLinkBodies.valid();

        Response noKey = given().auth().oauth2(TestTokens.checkout()).contentType("application/json").body(body.asMap())
                .post("/v1/payment-links");
        Response reader = post(TestTokens.reader(), UUID.randomUUID().toString(), body.asMap());
        Response anonymous = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.asMap()).post("/v1/payment-links");

        noKey.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(noKey.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:idempotency-key-missing");
        reader.then().statusCode(403);
        anonymous.then().statusCode(401);
        given().auth().oauth2(TestTokens.checkout()).get("/v1/payment-links/plk_none").then().statusCode(403);
        assertThat(links.linksOfEndUser(body.endUserId())).isZero();
    }

    @Test
    void anUnknownLinkIsA404() {
        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/payment-links/plk_000000000000000000000000");

        response.then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:not-found");
    }

    @Test
    void anOpenLinkIsCancelledAndAPaidOneIsNot() {
        String open = create();
        String paid = create();
        links.addAttempt(paid, 1, DepositStatus.CREDITED);

        Response cancelled = cancel(open);
        Response refused = cancel(paid);

        cancelled.then().statusCode(200);
        assertThat(cancelled.jsonPath().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.jsonPath().getString("cancelledAt")).isNotNull();
        assertThat(given().auth().oauth2(TestTokens.reader()).get("/v1/payment-links/" + open).jsonPath().getString("status"))
                .isEqualTo("CANCELLED");
        refused.then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:payment-link-not-cancellable");
        Response read = given().auth().oauth2(TestTokens.reader()).get("/v1/payment-links/" + paid);
        assertThat(read.jsonPath().getString("status")).isEqualTo("PAID");
        assertThat(read.jsonPath().getList("attempts.status")).isEqualTo(List.of("CREDITED"));
    }

    private static String create() {
        return post(TestTokens.checkout(), UUID.randomUUID().toString(), PaymentLinkBodies.valid().asMap())
                .then().statusCode(201).extract().jsonPath().getString("linkId");
    }

    private static Response cancel(String linkId) {
        return given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/v1/payment-links/" + linkId + "/cancel");
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/v1/payment-links");
    }
}
