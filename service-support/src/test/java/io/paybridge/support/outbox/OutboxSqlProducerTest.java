package io.paybridge.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.serde.CloudEvents;
import io.paybridge.support.fixture.TestPayments;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.kafka.TopicReader;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A caller's row and its event in one statement ({@link OutboxSql}): the event exists exactly when the row was inserted. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OutboxSqlProducerTest {

    @Inject
    Pool pool;

    @Inject
    TestPayments payments;

    @Test
    void theEventIsWrittenWithTheRowAndPublishedLikeAnyOther() throws Throwable {
        String reference = "sql-" + UUID.randomUUID();
        DepositInitiated event = TestPayments.initiated(reference, 1234, "EUR");

        assertThat(store(event)).isEqualTo(1);

        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            List<ConsumerRecord<String, SpecificRecord>> records =
                    consumer.await(record -> reference.equals(record.key()), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).isEqualTo(event);
            assertThat(CloudEvents.header(records.get(0).headers(), CloudEvents.ID)).contains(event.getEventId());
            assertThat(CloudEvents.header(records.get(0).headers(), CloudEvents.TYPE))
                    .contains("io.paybridge.contracts.payments.v1.DepositInitiated");
        }
    }

    @Test
    void whenTheRowIsNotInsertedNoEventIsWritten() throws Throwable {
        String reference = "sql-repeat-" + UUID.randomUUID();
        DepositInitiated firstEvent = TestPayments.initiated(reference, 500, "SEK");
        assertThat(store(firstEvent)).isEqualTo(1);

        DepositInitiated repeat = TestPayments.initiated(reference, 500, "SEK");
        assertThat(store(repeat)).isZero();

        // The relay deletes what Kafka acknowledged: once the outbox is empty, the topic holds every event written.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingOutboxRows() == 0);
        try (TopicReader consumer = new TopicReader(Topics.EVENTS)) {
            List<ConsumerRecord<String, SpecificRecord>> records =
                    consumer.readToEnd(record -> reference.equals(record.key()), Duration.ofSeconds(30));
            assertThat(records).extracting(ConsumerRecord::value).containsExactly(firstEvent);
        }
    }

    private int store(DepositInitiated event) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> payments.storeInOneStatement(event));
    }

    private long waitingOutboxRows() {
        return pool.query("SELECT count(*) FROM outbox_message").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }
}
