package io.paybridge.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.contracts.serde.CloudEvents;
import io.paybridge.support.consumer.ProcessedMessages;
import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.support.fixture.TestPayments;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The relay dies between send and delete: Kafka has acknowledged the batch, but the database
 * connection holding the claimed rows is killed before they are deleted. Nothing is lost; the batch
 * is sent again; an idempotent consumer applies every event exactly once.
 */
@QuarkusTest
@TestProfile(OutboxRelayCrashProducerTest.ManualRelay.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OutboxRelayCrashProducerTest {

    /** The relay is off (neither woken nor polling): this test runs relays by hand. */
    public static class ManualRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("paybridge.outbox.relay.enabled", "false", "paybridge.outbox.relay.batch-size", "10");
        }
    }

    private static final String KILL_RELAY_CONNECTION = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'";

    @Inject
    TestPayments payments;

    @Inject
    OutboxRelay relay;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ProcessedMessages processed;

    @Test
    void aRelayKilledBetweenSendAndDeleteLosesNothingAndTheConsumerAppliesEachEventOnce() throws Throwable {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> references = java.util.stream.IntStream.range(0, 15).mapToObj(i -> "crash-" + run + "-" + i).toList();
        for (String reference : references) {
            VertxContextSupport.subscribeAndAwait(() -> payments.create(reference, 100, "EUR"));
        }

        OutboxPublisher sendsThenDies = new OutboxPublisher(kafkaConfig, config) {
            @Override
            Uni<Void> publish(List<PendingMessage> messages) {
                return super.publish(messages).call(() -> pool.query(KILL_RELAY_CONNECTION).execute());
            }
        };
        OutboxRelay dying = new OutboxRelay(pool, sendsThenDies, json, config, registry);
        try {
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(dying::publishBatch)).isNotNull();
        } finally {
            sendsThenDies.close();
        }
        assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> unpublished())).isEqualTo(references.size());

        assertThat(VertxContextSupport.subscribeAndAwait(relay::drain)).isEqualTo(references.size());
        assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> unpublished())).isZero();

        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            // The first batch (10) went out twice, the rest once.
            List<ConsumerRecord<String, SpecificRecord>> records = consumer.await(
                    record -> references.contains(record.key()), references.size() + 10, Duration.ofSeconds(30));
            assertThat(records).hasSize(references.size() + 10);
            assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(references);

            Set<String> applied = new HashSet<>();
            for (ConsumerRecord<String, SpecificRecord> record : records) {
                String eventId = CloudEvents.header(record.headers(), CloudEvents.ID).orElseThrow();
                boolean first = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                        () -> processed.firstTime("crash-test-" + run, eventId)
                                .call(isFirst -> isFirst ? applyEffect(eventId) : Uni.createFrom().voidItem())));
                assertThat(applied.add(eventId)).isEqualTo(first);
            }
            assertThat(applied).hasSize(references.size());
            assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> effects(run))).isEqualTo(references.size());
        }
    }

    private Uni<Long> unpublished() {
        return pool.query("SELECT count(*) FROM outbox_message").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static Uni<Void> applyEffect(String eventId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO test_effect (message_id) VALUES (?1)")
                .setParameter(1, eventId)
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<Long> effects(String run) {
        return pool.query("SELECT count(*) FROM test_effect e JOIN processed_message p ON p.message_id = e.message_id"
                        + " WHERE p.consumer = 'crash-test-" + run + "'").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
