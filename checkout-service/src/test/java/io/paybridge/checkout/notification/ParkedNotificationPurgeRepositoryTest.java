package io.paybridge.checkout.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notifications parked for orders that never appear are forgotten after the retention; newer ones stay. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class ParkedNotificationPurgeRepositoryTest {

    @Inject
    Pool pool;

    @Inject
    CheckoutDatabase database;

    @Inject
    ParkedNotificationPurge purge;

    @Test
    void onlyNotificationsParkedBeforeTheCutoffAreForgotten() {
        Instant now = Instant.now();
        String old = TestDepositOrders.freshPspOrderId();
        String recent = TestDepositOrders.freshPspOrderId();
        park(old, now.minus(Duration.ofDays(8)));
        park(recent, now.minus(Duration.ofDays(6)));

        int purged = purge.purgeParkedBefore(now.minus(Duration.ofDays(7))).await().atMost(Duration.ofSeconds(10));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(database.parkedNotifications(old)).isZero();
        assertThat(database.parkedNotifications(recent)).isEqualTo(1);
    }

    private void park(String pspOrderId, Instant at) {
        pool.preparedQuery("INSERT INTO parked_notification (event_id, psp_order_id, payload, parked_at) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(UUID.randomUUID().toString(), pspOrderId, io.vertx.core.buffer.Buffer.buffer(new byte[] {1}),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .await().atMost(Duration.ofSeconds(10));
    }
}
