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
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
}
