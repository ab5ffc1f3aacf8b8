package io.paybridge.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.endtoend.LocalStack.Result;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.stack.SandboxAdmin;
import io.paybridge.testkit.stack.SandboxDeposits;
import io.paybridge.testkit.stack.SandboxMerchant;
import io.paybridge.testkit.stack.StackSettings;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.RsaSha1Signer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications under delivery faults, end to end on the local stack: psp-sandbox shuffles each order's
 * notifications and sends every one twice at once and again after delivery; notification-ingest-service,
 * as merchant {@code paybridge}, answers every copy with a verified OK, keeps one inbox row per
 * notification id and publishes each notification exactly once.
 */
class NotificationDeliveryIT {

    private static final int DEPOSITS = 20;
    /** Approving in the {@code account} scenario sends account and pending together (the shuffle reorders them), then credit. */
    private static final String SCENARIO = "account";
    private static final List<String> METHODS = List.of("account", "pending", "credit");
    private static final Duration DELIVERY = Duration.ofSeconds(90);
    private static final Duration PUBLISHING = Duration.ofSeconds(60);

    @TempDir
    Path state;

    private LocalStack stack;

    @BeforeEach
    void up() throws Exception {
        stack = new LocalStack(state);
        Result up = stack.run("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterEach
    void down() throws Exception {
        stack.run("down");
    }

    @Test
    void shuffledAndDuplicatedNotificationsAreAcknowledgedEveryTimeAndPublishedAndStoredOnce() throws Exception {
        StackSettings settings = stack.settings();
        SandboxMerchant merchant = SandboxMerchant.load(settings.merchantDir());
        SandboxAdmin sandbox = new SandboxAdmin(settings.sandboxUrl());
        sandbox.faults(JsonRpc.mapper().createObjectNode().set("notifications", JsonRpc.mapper().createObjectNode()
                .put("shuffle", true).put("duplicate", true).put("concurrentDuplicates", true).put("delayMs", 500)));

        List<String> orders = new ArrayList<>();
        String notificationUrl = settings.ingestUrl().resolve("/notifications/trustly").toString();
        try (SandboxDeposits deposits = new SandboxDeposits(settings.sandboxUrl(), merchant.username(), merchant.password(),
                new RsaSha1Signer(merchant.privateKey()), sandbox.verifier())) {
            for (int i = 0; i < DEPOSITS; i++) {
                orders.add(deposits.deposit(notificationUrl, "end-user-" + i, "1" + i + ".50").orderId());
            }
        }
        orders.forEach(order -> sandbox.approve(order, SCENARIO));

        Map<String, List<JsonNode>> logs = awaitEveryCopyAnswered(sandbox, orders);
        Set<String> delivered = logs.values().stream().flatMap(List::stream).map(n -> n.path("notificationid").asText())
                .collect(Collectors.toSet());
        assertThat(delivered).as("%s of every order", METHODS).hasSize(METHODS.size() * DEPOSITS);
        // account and pending of an order are shuffled: all 20 orders in creation order has odds of about 2^-20
        assertThat(reordered(logs)).as("orders whose notifications went out in another order than created").isPositive();
        for (JsonNode notification : logs.values().stream().flatMap(List::stream).toList()) {
            assertThat(notification.path("attemptLog")).as("every copy of %s answered with a verified OK", notification)
                    .allMatch(NotificationDeliveryIT::verifiedOk);
        }

        Map<String, Long> published = publishedPerNotificationId(settings, Set.copyOf(orders));
        assertThat(published).as("PspNotification records per notification id").containsOnlyKeys(delivered)
                .allSatisfy((id, count) -> assertThat(count).as("records of notification %s", id).isOne());
        assertThat(inboxRowsPerNotificationId(settings, orders)).as("inbox rows per notification id")
                .containsOnlyKeys(delivered)
                .allSatisfy((id, count) -> assertThat(count).as("inbox rows of notification %s", id).isOne());
        System.out.printf("%d notifications of %d orders, %d delivery attempts; orders by the order their notifications went out: %s%n",
                delivered.size(), orders.size(), logs.values().stream().flatMap(List::stream)
                        .mapToInt(n -> n.path("attemptLog").size()).sum(), sendingOrders(logs));
    }

    /** Polls the delivery log until every notification is delivered and its concurrent and repeated copies were answered. */
    private static Map<String, List<JsonNode>> awaitEveryCopyAnswered(SandboxAdmin sandbox, List<String> orders)
            throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        Map<String, List<JsonNode>> logs = new LinkedHashMap<>();
        while (true) {
            for (String order : orders) {
                List<JsonNode> log = logs.get(order);
                if (log == null || !everyCopyAnswered(log)) {
                    logs.put(order, sandbox.deliveryLog(order));
                }
            }
            if (logs.values().stream().allMatch(NotificationDeliveryIT::everyCopyAnswered)) {
                return logs;
            }
            assertThat(System.nanoTime()).as("within %d s every notification is delivered and each copy answered; logs not there"
                    + " yet: %s", DELIVERY.toSeconds(), notYet(logs)).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static boolean everyCopyAnswered(List<JsonNode> log) {
        return log.size() == METHODS.size()
                && log.stream().map(n -> n.path("method").asText()).collect(Collectors.toSet()).equals(Set.copyOf(METHODS))
                && log.stream().allMatch(n -> SandboxAdmin.deliveredWithVerifiedOk(n)
                        && copies(n).containsAll(Set.of("FIRST", "CONCURRENT", "DUPLICATE")));
    }

    private static Set<String> copies(JsonNode notification) {
        Set<String> copies = new HashSet<>();
        notification.path("attemptLog").forEach(attempt -> copies.add(attempt.path("copy").asText()));
        return copies;
    }

    private static boolean verifiedOk(JsonNode attempt) {
        return attempt.path("accepted").asBoolean() && attempt.path("replyVerified").asBoolean()
                && "OK".equals(attempt.path("replyStatus").asText());
    }

    private static Map<String, List<JsonNode>> notYet(Map<String, List<JsonNode>> logs) {
        return logs.entrySet().stream().filter(entry -> !everyCopyAnswered(entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Orders whose notifications were first sent in another order than the sandbox created them (the shuffle at work). */
    private static long reordered(Map<String, List<JsonNode>> logs) {
        return logs.values().stream().filter(log -> !sent(log).equals(log)).count();
    }

    /** How many orders had their notifications sent in each order of methods. */
    private static Map<String, Long> sendingOrders(Map<String, List<JsonNode>> logs) {
        return logs.values().stream().collect(Collectors.groupingBy(log -> sent(log).stream()
                .map(n -> n.path("method").asText()).collect(Collectors.joining(",")), TreeMap::new, Collectors.counting()));
    }

    /** An order's notifications in the order of their first attempts. */
    private static List<JsonNode> sent(List<JsonNode> log) {
        return log.stream().sorted(Comparator.comparing((JsonNode n) -> Instant.parse(n.path("attemptLog").path(0).path("at").asText())))
                .toList();
    }

    /**
     * The PspNotification records of the orders, counted per notification id, once the ingest's outbox is
     * empty and the topic has been read to its end: nothing published later can change the count.
     */
    private static Map<String, Long> publishedPerNotificationId(StackSettings settings, Set<String> orders) throws Exception {
        Predicate<ConsumerRecord<String, SpecificRecord>> ofTheOrders = record -> orders.contains(record.key());
        try (TopicReader reader = new TopicReader(Topics.NOTIFICATIONS, settings.kafkaBootstrapServers())) {
            reader.await(ofTheOrders, METHODS.size() * orders.size(), PUBLISHING);
            awaitOutboxPublished(settings);
            List<ConsumerRecord<String, SpecificRecord>> records = reader.readToEnd(ofTheOrders, PUBLISHING);
            for (ConsumerRecord<String, SpecificRecord> record : records) {
                assertThat(((PspNotification) record.value()).getPspOrderId().toString()).as("key of %s", record.value())
                        .isEqualTo(record.key());
            }
            return records.stream().collect(Collectors.groupingBy(
                    record -> ((PspNotification) record.value()).getNotificationId().toString(), Collectors.counting()));
        }
    }

    private static void awaitOutboxPublished(StackSettings settings) throws Exception {
        long deadline = System.nanoTime() + PUBLISHING.toNanos();
        try (Connection connection = connect(settings);
                PreparedStatement unpublished = connection.prepareStatement(
                        "SELECT count(*) FROM notification_ingest.outbox_message")) {
            while (true) {
                long pending;
                try (ResultSet result = unpublished.executeQuery()) {
                    result.next();
                    pending = result.getLong(1);
                }
                if (pending == 0) {
                    return;
                }
                assertThat(System.nanoTime()).as("the ingest's outbox is published within %d s; %d rows left",
                        PUBLISHING.toSeconds(), pending).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static Map<String, Long> inboxRowsPerNotificationId(StackSettings settings, List<String> orders) throws Exception {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = connect(settings);
                PreparedStatement query = connection.prepareStatement("SELECT notification_id, count(*)"
                        + " FROM notification_ingest.inbox_notification WHERE psp = 'TRUSTLY' AND psp_order_id = ANY (?)"
                        + " GROUP BY notification_id")) {
            query.setArray(1, connection.createArrayOf("varchar", orders.toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return rows;
    }

    private static Connection connect(StackSettings settings) throws Exception {
        return DriverManager.getConnection(settings.jdbcUrl(), StackSettings.DATABASE_USER, "");
    }
}
