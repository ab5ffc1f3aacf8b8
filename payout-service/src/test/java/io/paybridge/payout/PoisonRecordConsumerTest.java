package io.paybridge.payout;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.fixture.DeadLetters;
import io.paybridge.testkit.kafka.CatalogRecords;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A value that is no Paybridge record goes to its topic's dead-letter topic with its bytes as they were. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PoisonRecordConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] GARBAGE = "not a record".getBytes(StandardCharsets.UTF_8);

    @Test
    void unreadableNotificationsAndCommandsAreDeadLettered() {
        String notificationKey = "poison-" + UUID.randomUUID();
        String commandKey = "poison-" + UUID.randomUUID();

        CatalogRecords.publishBytes(Topics.NOTIFICATIONS, notificationKey, GARBAGE);
        CatalogRecords.publishBytes(Topics.COMMANDS, commandKey, GARBAGE);

        for (List<ConsumerRecord<String, byte[]>> deadLettered : List.of(DeadLetters.of(Topics.NOTIFICATIONS, notificationKey, WAIT),
                DeadLetters.of(Topics.COMMANDS, commandKey, WAIT))) {
            assertThat(deadLettered).hasSize(1);
            assertThat(deadLettered.get(0).value()).isEqualTo(GARBAGE);
        }
    }
}
