package io.paybridge.ingest.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbox's statement commits without a NOTIFY and announces its commit to the relay in-process: with the relay's
 * poll an hour away, an acknowledged notification still reaches Kafka at once.
 */
@QuarkusTest
@TestProfile(StoredNotificationWakesTheRelayResourceTest.HourlyPoll.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class StoredNotificationWakesTheRelayResourceTest {

    /** The relay's safety-net poll effectively never runs during the test. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.outbox.relay.interval", "1h");
        }
    }

    @Test
    void anAcknowledgedNotificationIsPublishedWithoutWaitingForThePoll() {
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS)) {
            for (int i = 0; i < 3; i++) {
                TestNotifications credit = TestNotifications.credit("25.00", "EUR");

                given().contentType("application/json; charset=utf-8").body(credit.body()).post("/notifications/trustly")
                        .then().statusCode(200);

                assertThat(reader.await(record -> record.key().equals(credit.orderId()), 1, Duration.ofSeconds(20)))
                        .hasSize(1);
            }
        }
    }
}
