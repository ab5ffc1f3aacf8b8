package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.paybridge.sandbox.fixture.Await;
import io.paybridge.sandbox.fixture.Db;
import io.paybridge.sandbox.fixture.DeliveryLog;
import io.paybridge.sandbox.fixture.FakeMerchant;
import io.paybridge.sandbox.fixture.FakeMerchant.Received;
import io.paybridge.sandbox.fixture.TestOrders;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.paybridge.sandbox.notification.NotificationDeliveryResourceTest.attempts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Notification faults of {@code PUT /sandbox/faults}: duplicates, concurrent duplicates, shuffled order, delay. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class NotificationFaultsResourceTest {

    private static final int MANY = 10;

    @Inject
    NotificationScheduler scheduler;

    private FakeMerchant merchant;

    @BeforeEach
    void startMerchant() throws Exception {
        merchant = FakeMerchant.start("faults");
    }

    @AfterEach
    void clearFaultsAndStopMerchant() {
        faults(Map.of());
        merchant.closeAndCheck();
    }

    @Test
    void duplicateSendsADeliveredNotificationAgainWithTheSameIdAndLogsTheSecondReply() {
        faults(Map.of("duplicate", true));
        SandboxOrder order = TestOrders.deposit(merchant).create();

        schedule(order, 1);

        JsonNode pending = Await.until("the duplicate logged", () -> DeliveryLog.of(order.orderId, "pending").get(0),
                n -> n.path("attemptLog").size() == 2);
        assertThat(attempts(pending)).containsExactly(
                "1 FIRST 200 verified=true OK accepted",
                "1 DUPLICATE 200 verified=true OK accepted");
        assertThat(pending.path("state").asText()).isEqualTo("DELIVERED");
        List<Received> received = merchant.received(order.orderId);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(Received::notificationId).containsOnly(pending.path("notificationid").asText());
        assertThat(received).extracting(Received::uuid).containsOnly(pending.path("uuid").asText());
    }

    @Test
    void concurrentDuplicatesSendTwoCopiesOfEachAttempt() {
        faults(Map.of("concurrentDuplicates", true));
        SandboxOrder order = TestOrders.deposit(merchant).create();

        schedule(order, 1);

        JsonNode pending = DeliveryLog.awaitState(order.orderId, "pending", "DELIVERED");
        assertThat(attempts(pending)).containsExactlyInAnyOrder(
                "1 FIRST 200 verified=true OK accepted",
                "1 CONCURRENT 200 verified=true OK accepted");
        List<Received> received = merchant.received(order.orderId);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(Received::notificationId).containsOnly(pending.path("notificationid").asText());
    }

    @Test
    void withoutShuffleAnOrdersNotificationsArriveInDueOrder() {
        SandboxOrder order = TestOrders.deposit(merchant).create();

        List<String> due = schedule(order, MANY);

        assertThat(arrivals(order)).isEqualTo(due);
    }

    @Test
    void shuffleDeliversAnOrdersDueNotificationsInAnotherOrder() {
        faults(Map.of("shuffle", true));
        SandboxOrder order = TestOrders.deposit(merchant).create();

        List<String> due = schedule(order, MANY);

        // ten notifications come back in due order by chance once in 3.6 million runs
        assertThat(arrivals(order)).containsExactlyInAnyOrderElementsOf(due).isNotEqualTo(due);
    }

    @Test
    void delayHoldsNotificationsBack() {
        faults(Map.of("delayMs", 800));
        SandboxOrder order = TestOrders.deposit(merchant).create();

        schedule(order, 1);

        JsonNode pending = DeliveryLog.awaitState(order.orderId, "pending", "DELIVERED");
        Instant created = Instant.parse(pending.path("createdAt").asText());
        Instant firstAttempt = Instant.parse(pending.path("attemptLog").get(0).path("at").asText());
        assertThat(Duration.between(created, firstAttempt)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    private List<String> arrivals(SandboxOrder order) {
        return Await.until(MANY + " notifications received", () -> merchant.received(order.orderId), r -> r.size() == MANY)
                .stream().map(Received::notificationId).toList();
    }

    /** Queues {@code count} pending notifications for the order in one transaction, due now; returns their ids in due order. */
    private List<String> schedule(SandboxOrder order, int count) {
        return Db.inTransaction(() -> {
            Uni<List<String>> ids = Uni.createFrom().item(List.of());
            for (int i = 0; i < count; i++) {
                ids = ids.flatMap(so -> scheduler.schedule(order, "pending", JsonNodeFactory.instance.objectNode()
                                .put("amount", "100.00").put("currency", "SEK"), Duration.ZERO)
                        .map(n -> concat(so, n.notificationId.toString())));
            }
            return ids;
        });
    }

    private static List<String> concat(List<String> list, String element) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(element)).toList();
    }

    private static void faults(Map<String, Object> notifications) {
        given().contentType("application/json").body(Map.of("notifications", notifications))
                .put("/sandbox/faults").then().statusCode(200);
    }
}
