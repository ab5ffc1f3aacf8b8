package io.paybridge.ingest.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.RestartableKafka;
import io.paybridge.testkit.kafka.RestartableKafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped mid-run: notifications are still acknowledged (the outbox holds them), the service
 * reports itself degraded but stays ready, and when the broker is back the relay publishes every one
 * of them; nothing acknowledged is lost.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RestartableKafkaTestResource.class)
class KafkaStoppedProducerTest {

    private static final int DURING_OUTAGE = 30;

    RestartableKafka kafka;

    @Inject
    Pool pool;

    @Test
    void notificationsAcknowledgedWhileKafkaIsDownArePublishedWhenItReturns() {
        List<TestNotifications> sent = new ArrayList<>();
        TestNotifications before = TestNotifications.credit("1.00", "EUR");
        given().body(before.body()).post("/notifications/trustly").then().statusCode(200);
        sent.add(before);

        kafka.stop();
        try {
            for (int i = 0; i < DURING_OUTAGE; i++) {
                TestNotifications notification = TestNotifications.credit(i + ".10", "EUR");
                byte[] reply = given().body(notification.body()).post("/notifications/trustly").then().statusCode(200)
                        .extract().asByteArray();
                assertThat(Replies.verifiedStatus(reply, notification, "credit")).isEqualTo("OK");
                sent.add(notification);
            }
            given().get("/q/health/ready").then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().get("/q/health/well").then().statusCode(503)
                            .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN")));
        } finally {
            kafka.restart();
        }

        Set<String> orders = sent.stream().map(TestNotifications::orderId).collect(Collectors.toSet());
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS, kafka.bootstrapServers())) {
            List<ConsumerRecord<String, SpecificRecord>> records = reader.await(
                    record -> orders.contains(record.key()), sent.size(), Duration.ofSeconds(90));
            Map<String, Long> perNotification = records.stream().map(record -> (PspNotification) record.value())
                    .collect(Collectors.groupingBy(PspNotification::getNotificationId, Collectors.counting()));
            assertThat(perNotification.keySet()).containsExactlyInAnyOrderElementsOf(
                    sent.stream().map(TestNotifications::notificationId).toList());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/q/health/well").then().statusCode(200)
                        .body("checks.name", hasItem("outbox")));
    }


    @Test
    void aRelayKilledAfterSendingAndBeforeDeletingRepublishesAndAConsumerSeesEachNotificationOnce() {
        List<TestNotifications> sent = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                TestNotifications notification = TestNotifications.credit(i + ".20", "EUR");
                given().body(notification.body()).post("/notifications/trustly").then().statusCode(200);
                sent.add(notification);
            }
            // The relay has claimed the rows and is waiting for Kafka's acknowledgement, its transaction open:
            // kill its database session now, between send and delete.
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> killRelaySession() > 0);
        } finally {
            kafka.restart();
        }

        Set<String> orders = sent.stream().map(TestNotifications::orderId).collect(Collectors.toSet());
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS, kafka.bootstrapServers())) {
            List<ConsumerRecord<String, SpecificRecord>> records = reader.await(
                    record -> orders.contains(record.key()), sent.size(), Duration.ofSeconds(90));
            // An idempotent consumer keys on the event id: one event per notification, however often it was sent.
            Map<String, Set<String>> eventIdsPerNotification = records.stream().map(record -> (PspNotification) record.value())
                    .collect(Collectors.groupingBy(PspNotification::getNotificationId,
                            Collectors.mapping(PspNotification::getEventId, Collectors.toSet())));
            assertThat(eventIdsPerNotification.keySet()).containsExactlyInAnyOrderElementsOf(
                    sent.stream().map(TestNotifications::notificationId).toList());
            assertThat(eventIdsPerNotification.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> unpublished() == 0);
    }

    private int killRelaySession() {
        return pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND state = 'idle in transaction' AND query LIKE '%FOR UPDATE SKIP LOCKED%'")
                .execute().map(rows -> rows.rowCount()).await().atMost(Duration.ofSeconds(10));
    }

    private long unpublished() {
        return pool.query("SELECT count(*) FROM outbox_message").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }
}
