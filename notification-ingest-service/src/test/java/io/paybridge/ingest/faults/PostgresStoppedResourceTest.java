package io.paybridge.ingest.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PublishedNotifications;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.RestartablePostgres;
import io.paybridge.testkit.postgres.RestartablePostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped mid-run: nothing is acknowledged (503, no signed OK, the PSP retries); once it is
 * back, the retried notification is stored and acknowledged, exactly once.
 */
@QuarkusTest
@WithTestResource(RestartablePostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PostgresStoppedResourceTest {

    RestartablePostgres postgres;

    @Inject
    IngestDatabase database;

    @Test
    void whilePostgresqlIsDownNothingIsAcknowledgedAndTheRetryAfterwardsIsStoredOnce() {
        TestNotifications before = TestNotifications.credit("1.00", "EUR");
        given().body(before.body()).post("/notifications/trustly").then().statusCode(200);

        TestNotifications during = TestNotifications.credit("2.00", "EUR");
        postgres.stop();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                String answer = given().body(during.body()).post("/notifications/trustly").then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:paybridge:problem:unavailable"))
                        .extract().asString();
                assertThat(answer).doesNotContain("signature", "\"OK\"");
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            postgres.restart();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().body(during.body()).post("/notifications/trustly").then().statusCode(200));
        byte[] again = given().body(during.body()).post("/notifications/trustly").then().statusCode(200)
                .extract().asByteArray();
        assertThat(Replies.verifiedStatus(again, during, "credit")).isEqualTo("OK");
        assertThat(database.inboxRows(during.notificationId())).isOne();
        assertThat(PublishedNotifications.count(database, during.orderId())).isOne();
        assertThat(database.inboxRows(before.notificationId())).isOne();
    }
}
