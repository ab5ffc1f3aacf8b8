package io.paybridge.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PublishedNotifications;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Callbacks that arrive while the inbox's statement runs share the next one. With one statement at a time and the
 * first one held by a table lock, the callbacks that arrive meanwhile wait, then go in one statement: each is stored
 * once with its outbox row and answered with a signed OK, two copies of one notification in that statement store one
 * row and get the same answer, and a callback PostgreSQL refuses fails alone while the others in its statement are
 * stored.
 */
@QuarkusTest
@TestProfile(InboxWritesResourceTest.OneStatementAtATime.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class InboxWritesResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** One inbox statement at a time, so callbacks queue behind a held one. */
    public static class OneStatementAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.ingest.inbox.writes.statements-in-flight", "1");
        }
    }

    @TestHTTPResource("/notifications/trustly")
    URI endpoint;

    @Inject
    IngestDatabase database;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void callbacksThatArriveDuringAStatementShareTheNextAndCopiesInItStoreOneRow() {
        TestNotifications first = TestNotifications.credit("1.00", "EUR");
        List<TestNotifications> waiting = IntStream.range(0, 10)
                .mapToObj(i -> TestNotifications.credit((i + 2) + ".00", "EUR")).toList();
        TestNotifications copied = waiting.get(0);
        List<TestNotifications> sent = new ArrayList<>(waiting);
        sent.add(copied);
        long statements = rowsPerStatement().count();
        double rows = rowsPerStatement().totalAmount();

        List<CompletableFuture<HttpResponse<byte[]>>> answers = whileTheInboxIsLocked(() -> {
            CompletableFuture<HttpResponse<byte[]>> firstAnswer = post(first);
            Awaitility.await().atMost(WAIT).until(() -> rowsPerStatement().count() == statements + 1);
            List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>(List.of(firstAnswer));
            sent.forEach(notification -> all.add(post(notification)));
            Awaitility.await().atMost(WAIT).until(() -> waitingWrites() == sent.size());
            return all;
        });

        assertThat(verifiedStatus(answers.get(0), first)).isEqualTo("OK");
        for (int i = 0; i < sent.size(); i++) {
            assertThat(verifiedStatus(answers.get(i + 1), sent.get(i))).as("callback %s", i).isEqualTo("OK");
        }
        assertThat(rowsPerStatement().count()).as("statements").isEqualTo(statements + 2);
        assertThat(rowsPerStatement().totalAmount()).as("callbacks in them").isEqualTo(rows + 1 + sent.size());
        List<TestNotifications> notifications = new ArrayList<>(waiting);
        notifications.add(first);
        Map<String, Long> published = PublishedNotifications.counts(database,
                notifications.stream().map(TestNotifications::orderId).toList());
        for (TestNotifications notification : notifications) {
            assertThat(database.inboxRows(notification.notificationId())).as(notification.notificationId()).isOne();
            assertThat(published.getOrDefault(notification.orderId(), 0L)).as(notification.orderId()).isOne();
        }
    }

    @Test
    void aCallbackPostgresRefusesFailsAloneAndTheOthersInItsStatementAreStored() {
        TestNotifications first = TestNotifications.credit("1.00", "EUR");
        // PostgreSQL's text cannot hold a NUL character, Java's strings and JSON can.
        TestNotifications refused = TestNotifications.credit("2.00", "EUR").notificationId("bad\u0000id");
        List<TestNotifications> stored = IntStream.range(0, 4)
                .mapToObj(i -> TestNotifications.credit((i + 3) + ".00", "EUR")).toList();
        long statements = rowsPerStatement().count();

        List<CompletableFuture<HttpResponse<byte[]>>> answers = whileTheInboxIsLocked(() -> {
            List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>(List.of(post(first)));
            Awaitility.await().atMost(WAIT).until(() -> rowsPerStatement().count() == statements + 1);
            all.add(post(refused));
            stored.forEach(notification -> all.add(post(notification)));
            Awaitility.await().atMost(WAIT).until(() -> waitingWrites() == stored.size() + 1);
            return all;
        });

        assertThat(answers.get(1).join().statusCode()).isEqualTo(503);
        assertThat(verifiedStatus(answers.get(0), first)).isEqualTo("OK");
        for (int i = 0; i < stored.size(); i++) {
            assertThat(verifiedStatus(answers.get(i + 2), stored.get(i))).isEqualTo("OK");
            assertThat(database.inboxRows(stored.get(i).notificationId())).isOne();
        }
        // the shared statement, then each of its callbacks alone
        assertThat(rowsPerStatement().count()).isEqualTo(statements + 2 + stored.size() + 1);
    }

    /** Runs {@code requests} while another transaction holds a lock that makes every inbox insert wait. */
    private <T> T whileTheInboxIsLocked(Supplier<T> requests) {
        SqlConnection lock = pool.getConnection().await().atMost(WAIT);
        try {
            lock.query("BEGIN").execute().await().atMost(WAIT);
            lock.query("LOCK TABLE inbox_notification IN SHARE ROW EXCLUSIVE MODE").execute().await().atMost(WAIT);
            return requests.get();
        } finally {
            lock.query("COMMIT").execute().await().atMost(WAIT);
            lock.closeAndAwait();
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> post(TestNotifications notification) {
        return http.sendAsync(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String verifiedStatus(CompletableFuture<HttpResponse<byte[]>> answer, TestNotifications notification) {
        HttpResponse<byte[]> response = answer.join();
        assertThat(response.statusCode()).as(notification.notificationId()).isEqualTo(200);
        return Replies.verifiedStatus(response.body(), notification, "credit");
    }

    private DistributionSummary rowsPerStatement() {
        return registry.get("paybridge.ingest.inbox.statement.rows").summary();
    }

    private double waitingWrites() {
        return registry.get("paybridge.ingest.inbox.writes.waiting").gauge().value();
    }
}
