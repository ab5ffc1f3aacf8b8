package io.paybridge.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.serde.PaybridgeAvroSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TopicReaderConsumerTest {

    private final String bootstrapServers = EmbeddedKafka.shared().bootstrapServers();

    @Test
    void aReaderFromNowSeesOnlyWhatIsWrittenAfterItOpened() throws Exception {
        String key = "order-" + UUID.randomUUID();
        write(key, "before");

        try (TopicReader reader = TopicReader.fromNow(Topics.EVENTS, bootstrapServers)) {
            write(key, "after");

            // same key, same partition: a reader from the beginning would meet "before" first
            List<ConsumerRecord<String, SpecificRecord>> read = reader.await(record -> key.equals(record.key()), 1, Duration.ofSeconds(30));

            assertThat(read).extracting(record -> ((DepositInitiated) record.value()).getPaymentReference().toString())
                    .containsExactly("after");
        }
    }

    @Test
    void readingToTheEndReturnsEverythingWrittenBeforeTheCall() throws Exception {
        String key = "order-" + UUID.randomUUID();
        write(key, "first");
        write(key, "second");

        try (TopicReader reader = new TopicReader(Topics.EVENTS, bootstrapServers)) {
            List<ConsumerRecord<String, SpecificRecord>> read = reader.readToEnd(record -> key.equals(record.key()), Duration.ofSeconds(30));

            assertThat(read).extracting(record -> ((DepositInitiated) record.value()).getPaymentReference().toString())
                    .containsExactly("first", "second");
        }
    }

    private void write(String key, String reference) throws Exception {
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PaybridgeAvroSerializer.class,
                PaybridgeAvroSerializer.SOURCE_CONFIG, "/paybridge/testkit-test"))) {
            producer.send(new ProducerRecord<>(Topics.EVENTS.name(), key, DepositInitiated.newBuilder()
                            .setEventId(UUID.randomUUID().toString())
                            .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                            .setPaymentReference(reference)
                            .setCorrelationId(UUID.randomUUID().toString())
                            .setPspOrderId("order")
                            .setAmount(100)
                            .setCurrency("EUR")
                            .build()))
                    .get(30, TimeUnit.SECONDS);
        }
    }
}
