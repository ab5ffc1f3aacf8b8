package io.paybridge.ingest.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.ingest.fixture.IngestDatabase;
import io.paybridge.ingest.fixture.TestNotifications;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Inbox rows are purged after the retention, not before; a purged notification id can be stored again. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class InboxPurgeRepositoryTest {

    @Inject
    Pool pool;

    @Inject
    InboxConfig config;

    @Inject
    IngestDatabase database;

    @Test
    void rowsOlderThanTheRetentionArePurgedAndYoungerOnesKept() {
        TestNotifications credit = TestNotifications.credit("1.00", "EUR");
        given().body(credit.body()).post("/notifications/trustly").then().statusCode(200);

        new InboxPurge(pool, config, Clock.offset(Clock.systemUTC(), config.retention().minus(Duration.ofHours(1))))
                .purge().await().atMost(Duration.ofSeconds(10));
        assertThat(database.inboxRows(credit.notificationId())).isOne();

        long deleted = new InboxPurge(pool, config, Clock.offset(Clock.systemUTC(), config.retention().plus(Duration.ofHours(1))))
                .purge().await().atMost(Duration.ofSeconds(10));
        assertThat(deleted).isPositive();
        assertThat(database.inboxRows(credit.notificationId())).isZero();
    }
}
