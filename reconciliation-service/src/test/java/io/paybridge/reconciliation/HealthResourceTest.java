package io.paybridge.reconciliation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service starts against real PostgreSQL and Kafka, migrates its schema and reports itself ready. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class HealthResourceTest {

    @Test
    void isReady() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
