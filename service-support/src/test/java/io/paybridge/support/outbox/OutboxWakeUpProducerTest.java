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

/** With the poll an hour away, only a commit's NOTIFY, or its announcement in-process, can make the relay publish. */
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

    @Inject
    OutboxWakeUp wakeUp;

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
        String schema = outboxSchema();
        try (Connection listener = listener(); Statement listen = listener.createStatement()) {
            listen.execute("LISTEN paybridge_outbox");

            VertxContextSupport.subscribeAndAwait(() -> payments.create("notified-" + UUID.randomUUID(), 700, "EUR"));

            PGNotification[] notified = listener.unwrap(PGConnection.class).getNotifications(10_000);
            assertThat(notified).isNotNull();
            assertThat(Arrays.stream(notified).map(PGNotification::getName)).containsOnly(OutboxWakeUp.channel(schema));
        }
    }

    /**
     * A statement written with {@link OutboxSql#insertUnnotifiedFrom} does not NOTIFY at its commit. PostgreSQL
     * delivers notifications in commit order, so once the later, notifying commit's notification arrived, the earlier
     * one's would have too.
     */
    @Test
    void anUnnotifiedStatementCommitsWithoutNotifying() throws Throwable {
        try (Connection listener = listener()) {
            PGConnection notifications = listener.unwrap(PGConnection.class);
            VertxContextSupport.subscribeAndAwait(() -> payments.storeInOneStatementUnnotified(
                    TestPayments.initiated("quiet-" + UUID.randomUUID(), 700, "EUR")));
            VertxContextSupport.subscribeAndAwait(() -> payments.create("loud-" + UUID.randomUUID(), 700, "EUR"));

            PGNotification[] notified = notifications.getNotifications(10_000);
            assertThat(notified).isNotNull();
            PGNotification[] later = notifications.getNotifications(500);
            assertThat(notified.length + (later == null ? 0 : later.length)).isEqualTo(1);
        }
    }

    /** Such a statement's commit is announced in-process: with the poll an hour away, only that publishes it. */
    @Test
    void aCommitAnnouncedInProcessWakesTheRelay() throws Throwable {
        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            String reference = "announced-" + UUID.randomUUID();
            assertThat(VertxContextSupport.subscribeAndAwait(() -> payments.storeInOneStatementUnnotified(
                    TestPayments.initiated(reference, 700, "EUR")))).isEqualTo(1);
            assertThat(consumer.drain(record -> reference.equals(record.key()), Duration.ofSeconds(3)))
                    .as("not announced, so not yet published").isEmpty();

            wakeUp.committed();

            assertThat(consumer.await(record -> reference.equals(record.key()), 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    private String outboxSchema() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> pool.query(OutboxWakeUp.OUTBOX_SCHEMA).execute()
                .map(rows -> rows.iterator().next().getString(0)));
    }

    /** A JDBC connection listening on the channel of the outbox's schema. */
    private Connection listener() throws Throwable {
        Config config = ConfigProvider.getConfig();
        Connection listener = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        try (Statement listen = listener.createStatement()) {
            listen.execute("LISTEN \"" + OutboxWakeUp.channel(outboxSchema()) + "\"");
        } catch (Throwable failure) {
            listener.close();
            throw failure;
        }
        return listener;
    }
}
