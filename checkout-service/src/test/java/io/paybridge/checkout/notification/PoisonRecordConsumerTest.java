package io.paybridge.checkout.notification;

import io.paybridge.testkit.kafka.NotificationRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.fixture.CheckoutDatabase;
import io.paybridge.checkout.fixture.DeadLetters;
import io.paybridge.checkout.fixture.TestDepositOrders;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.testkit.kafka.EmbeddedKafka;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A record the consumer cannot read goes to the dead-letter topic as it was, and the records after it still apply. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
class PoisonRecordConsumerTest {

    @Inject
    CheckoutDatabase database;

    @Test
    void anUnreadableRecordIsDeadLetteredWithItsBytesAndTheNextOneApplies() throws Exception {
        DepositOrder order = database.insert(TestDepositOrders.created());
        String key = "poison-" + UUID.randomUUID();
        byte[] poison = "not an avro record".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS.name(), key, poison)).get(20, TimeUnit.SECONDS);
        }
        NotificationRecords.publish(NotificationRecords.of(NotificationKind.CREDIT, order.pspOrderId, order.amountMinor,
                order.currency).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> database.order(order.orderRef).status == DepositStatus.CREDITED);
        List<ConsumerRecord<String, byte[]>> deadLettered = DeadLetters.of(Topics.NOTIFICATIONS, key, Duration.ofSeconds(30));
        assertThat(deadLettered).hasSize(1);
        assertThat(deadLettered.get(0).value()).isEqualTo(poison);
        assertThat(deadLettered.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }

}
