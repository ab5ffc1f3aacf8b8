package io.paybridge.payout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API describes itself at /q/openapi, every public endpoint included. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class OpenApiResourceTest {

    @Test
    void listsTheEndpoints() {
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .body(containsString("/v1/refunds:"))
                .body(containsString("/v1/refunds/{refundId}:"));
    }
}
