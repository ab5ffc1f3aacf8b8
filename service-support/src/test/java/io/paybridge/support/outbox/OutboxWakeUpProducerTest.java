package io.paybridge.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.support.fixture.TestPayments;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** With the poll an hour away, only the commit's NOTIFY can make the relay publish. */
@QuarkusTest
@TestProfile(OutboxWakeUpProducerTest.HourlyPoll.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OutboxWakeUpProducerTest {

    /** The safety-net poll effectively never runs during the test. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.outbox.relay.interval", "1h");
        }
    }

    @Inject
    TestPayments payments;

    @Inject
    Pool pool;

    @Test
    void aCommitWakesTheRelay() throws Throwable {
        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            for (int i = 0; i < 3; i++) {
                String reference = "woken-" + UUID.randomUUID();
                VertxContextSupport.subscribeAndAwait(() -> payments.create(reference, 700, "EUR"));
                assertThat(consumer.await(record -> reference.equals(record.key()), 1, Duration.ofSeconds(20))).hasSize(1);
            }
        }
    }

    /** Services share a database: a commit notifies its own schema's channel, so it wakes only its own service's relay. */
    @Test
    void aCommitNotifiesTheChannelOfItsOutboxsSchemaOnly() throws Throwable {
        Config config = ConfigProvider.getConfig();
        String schema = VertxContextSupport.subscribeAndAwait(() -> pool.query(OutboxWakeUp.OUTBOX_SCHEMA).execute()
                .map(rows -> rows.iterator().next().getString(0)));
        try (Connection listener = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             Statement listen = listener.createStatement()) {
            listen.execute("LISTEN \"" + OutboxWakeUp.channel(schema) + "\"");
            listen.execute("LISTEN paybridge_outbox");

            VertxContextSupport.subscribeAndAwait(() -> payments.create("notified-" + UUID.randomUUID(), 700, "EUR"));

            PGNotification[] notified = listener.unwrap(PGConnection.class).getNotifications(10_000);
            assertThat(notified).isNotNull();
            assertThat(Arrays.stream(notified).map(PGNotification::getName)).containsOnly("paybridge_outbox_" + schema);
        }
    }
}
