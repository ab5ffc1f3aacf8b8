package io.paybridge.checkout.charge.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.fixture.CheckoutDatabase;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/charges (every field, roles, Idempotency-Key, the mandate's state), GET, and the local refusals of POST .../cancel. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ChargeResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Inject
    CheckoutDatabase database;

    static Map<String, Object> body(String mandateId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mandateId", mandateId);
        body.put("amount", "100.00");
        body.put("currency", "SEK");
        body.put("paymentDate", TODAY.plusDays(7).toString());
        return body;
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("mandateId missing", "mandateId", null),
                Arguments.of("mandateId malformed", "mandateId", "mandate-1"),
                Arguments.of("amount missing", "amount", null),
                Arguments.of("amount zero", "amount", "0.00"),
                Arguments.of("amount with too many decimals", "amount", "1.005"),
                Arguments.of("amount not a number", "amount", "ten"),
                Arguments.of("currency missing", "currency", null),
                Arguments.of("currency unknown", "currency", "XYZ"),
                Arguments.of("paymentDate malformed", "paymentDate", "10/12/2026"),
                Arguments.of("paymentDate not a date", "paymentDate", "2026-02-30"),
                Arguments.of("paymentDate in the past", "paymentDate", TODAY.minusDays(1).toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsNamedInA400AndNothingIsStored(String caseName, String field, String value) {
        Map<String, Object> body = body("man_0123456789abcdef01234567");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        String key = UUID.randomUUID().toString();
        long chargesBefore = database.rows("charge");

        Response response = post(TestTokens.checkout(), key, body);

        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:validation");
        assertThat(response.jsonPath().getList("errors.name")).isEqualTo(List.of(field));
        assertThat(database.rows("charge")).isEqualTo(chargesBefore);
        assertThat(database.idempotencyKeys(key)).isZero();
    }

    @Test
    void todayIsAValidPaymentDateAndAbsentIsAsSoonAsPossible() {
        Mandate pending = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.PENDING_APPROVAL));
        Map<String, Object> today = body(pending.mandateId);
        today.put("paymentDate", TODAY.toString());
        Map<String, Object> asap = body(pending.mandateId);
        asap.remove("paymentDate");

        // both pass validation and are refused for the mandate's state, not for the date
        post(TestTokens.checkout(), UUID.randomUUID().toString(), today).then().statusCode(422);
        post(TestTokens.checkout(), UUID.randomUUID().toString(), asap).then().statusCode(422);
    }

    @Test
    void aMandateNotActiveIsA422AndNothingIsStored() {
        for (MandateStatus status : List.of(MandateStatus.REQUESTED, MandateStatus.PENDING_APPROVAL, MandateStatus.INACTIVE)) {
            Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(status));
            String key = UUID.randomUUID().toString();
            long chargesBefore = database.rows("charge");

            Response response = post(TestTokens.checkout(), key, body(mandate.mandateId));

            response.then().statusCode(422).contentType(PROBLEM_JSON);
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:mandate-not-active");
            assertThat(response.jsonPath().getString("detail")).contains(status.name());
            assertThat(database.rows("charge")).isEqualTo(chargesBefore);
            assertThat(database.idempotencyKeys(key)).isZero();
        }
    }

    @Test
    void anUnknownMandateIsA404() {
        post(TestTokens.checkout(), UUID.randomUUID().toString(), body("man_ffffffffffffffffffffffff"))
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void aMissingIdempotencyKeyIsA400AndRolesAreChecked() {
        given().auth().oauth2(TestTokens.checkout()).contentType("application/json").body(body("man_0123456789abcdef01234567"))
                .post("/v1/charges").then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType("application/json").header("Idempotency-Key", "k").body(body("man_0123456789abcdef01234567"))
                .post("/v1/charges").then().statusCode(401);
        post(TestTokens.reader(), UUID.randomUUID().toString(), body("man_0123456789abcdef01234567")).then().statusCode(403);
    }

    @Test
    void getShowsTheChargeIncludingARejection() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));
        Charge charge = database.insertEntity(TestMandatesAndCharges.charge(mandate, ChargeStatus.REJECTED, null));

        Response response = given().auth().oauth2(TestTokens.reader()).get("/v1/charges/" + charge.chargeId);

        response.then().statusCode(200);
        assertThat(response.jsonPath().getMap("")).containsEntry("chargeId", charge.chargeId)
                .containsEntry("status", "REJECTED").containsEntry("rejectionReason", "ERROR_MANDATE_NOT_FOUND")
                .containsEntry("amount", "100.00").containsEntry("currency", "SEK")
                .containsEntry("mandateId", mandate.mandateId);
        given().auth().oauth2(TestTokens.reader()).get("/v1/charges/chg_nothing").then().statusCode(404);
    }

    @Test
    void cancellingOnTheDayBeforeAfter18OrLaterIsRefusedLocally() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));
        // collected today: 18:00 yesterday has passed, whatever the time now
        Charge charge = database.insertEntity(TestMandatesAndCharges.charge(mandate, ChargeStatus.PENDING, TODAY));

        Response response = cancel(charge.chargeId, UUID.randomUUID().toString());

        response.then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:paybridge:problem:charge-not-cancellable");
        assertThat(response.jsonPath().getString("detail")).contains("18:00 Europe/Stockholm the day before");
        assertThat(database.charge(charge.chargeId).status).isEqualTo(ChargeStatus.PENDING);
        assertThat(database.charge(charge.chargeId).cancelRequested).isFalse();
    }

    @Test
    void aChargeWithoutPaymentDateOrAlreadyFinishedCannotBeCancelled() {
        Mandate mandate = database.insertEntity(TestMandatesAndCharges.mandate(MandateStatus.ACTIVE));
        Charge asap = database.insertEntity(TestMandatesAndCharges.charge(mandate, ChargeStatus.REQUESTED, null));
        Charge credited = database.insertEntity(TestMandatesAndCharges.charge(mandate, ChargeStatus.CREDITED, TODAY.plusDays(9)));

        Response first = cancel(asap.chargeId, UUID.randomUUID().toString());
        Response second = cancel(credited.chargeId, UUID.randomUUID().toString());

        first.then().statusCode(422);
        assertThat(first.jsonPath().getString("detail")).contains("without paymentDate");
        second.then().statusCode(422);
        assertThat(second.jsonPath().getString("detail")).isEqualTo("the charge is CREDITED");
        cancel("chg_unknown", UUID.randomUUID().toString()).then().statusCode(404);
        given().auth().oauth2(TestTokens.checkout()).post("/v1/charges/" + asap.chargeId + "/cancel").then().statusCode(400);
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/v1/charges");
    }

    private static Response cancel(String chargeId, String key) {
        return given().auth().oauth2(TestTokens.checkout()).header("Idempotency-Key", key).post("/v1/charges/" + chargeId + "/cancel");
    }
}
