package io.paybridge.ingest.trustly;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.PublishedNotifications;
import io.paybridge.ingest.fixture.Replies;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 8 concurrent copies of each of 200 notifications: exactly one effect each, and every copy answered with a signed OK. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class TrustlyConcurrentCopiesResourceTest {

    private static final int NOTIFICATIONS = 200;
    private static final int COPIES = 8;

    @TestHTTPResource("/notifications/trustly")
    URI endpoint;

    @Inject
    IngestDatabase database;

    @Test
    void concurrentCopiesTakeEffectOnceAndAllGetTheSameSignedAnswer() {
        List<TestNotifications> notifications = IntStream.range(0, NOTIFICATIONS)
                .mapToObj(i -> TestNotifications.credit(i + ".50", "EUR")).toList();
        List<Copy> copies = new ArrayList<>();
        for (TestNotifications notification : notifications) {
            byte[] body = notification.body();
            for (int copy = 0; copy < COPIES; copy++) {
                copies.add(new Copy(notification, body));
            }
        }
        Collections.shuffle(copies);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<CompletableFuture<HttpResponse<byte[]>>> answers = copies.stream()
                .map(copy -> http.sendAsync(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(copy.body())).build(),
                        HttpResponse.BodyHandlers.ofByteArray()))
                .toList();

        for (int i = 0; i < copies.size(); i++) {
            HttpResponse<byte[]> answer = answers.get(i).join();
            assertThat(answer.statusCode()).as("copy %s", i).isEqualTo(200);
            assertThat(Replies.verifiedStatus(answer.body(), copies.get(i).notification(), "credit")).isEqualTo("OK");
        }
        Map<String, Long> published = PublishedNotifications.counts(database,
                notifications.stream().map(TestNotifications::orderId).toList());
        for (TestNotifications notification : notifications) {
            assertThat(database.inboxRows(notification.notificationId())).as(notification.notificationId()).isOne();
            assertThat(published.getOrDefault(notification.orderId(), 0L)).as(notification.orderId()).isOne();
        }
    }

    private record Copy(TestNotifications notification, byte[] body) {
    }
}
