package io.paybridge.support.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ProblemResourceTest {

    @Test
    void validationFailuresNameEveryFieldIncludingNestedOnes() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reference", "Not Valid!", "amount", "", "currency", "EUR", "payer", Map.of("id", "")))
                .post("/test/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:validation"))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("errors.name", hasItems("reference", "amount", "payer.id", "payer.verified"));
    }

    @Test
    void aDomainRuleFailureNamesTheField() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reference", "r-1", "amount", "1.001", "currency", "EUR"))
                .post("/test/payments").then()
                .statusCode(400)
                .body("errors[0].name", equalTo("amount"))
                .body("errors[0].reason", containsString("2 decimal places"));
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"reference\": \"r-1\", ")
                .post("/test/payments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:malformed-body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"reference\":\"r-1\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"payer\":{\"id\":\"p\",\"verified\":\"maybe\"}}")
                .post("/test/payments").then()
                .statusCode(400)
                .body("type", equalTo("urn:paybridge:problem:malformed-body"))
                .body("errors[0].name", equalTo("payer.verified"))
                .body("errors[0].reason", equalTo("must be true or false"))
                .body(not(containsString("java.lang")));
    }

    @Test
    void aBadQueryParameterIsNamed() {
        given().get("/test/payments/page?count=1000").then()
                .statusCode(400)
                .body("errors[0].name", equalTo("count"));
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        given().get("/no/such/route").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:not-found"));
        given().delete("/test/payments/page").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:method-not-allowed"));
    }

    @Test
    void anUnexpectedErrorIs500WithAnErrorIdAndNothingElse() {
        given().get("/test/payments/boom").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:paybridge:problem:internal"))
                .body("detail", startsWith("An unexpected error occurred; quote error id "))
                .body(not(containsString("secret-token-123")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("io.paybridge")));
    }
}
