package io.paybridge.testkit.stack;

import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.serde.CloudEvents;
import io.paybridge.contracts.serde.PaybridgeAvroDeserializer;
import io.paybridge.contracts.serde.PaybridgeAvroSerializer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Demo step: an Avro event travels through the local broker as every Paybridge record does —
 * single-object encoded, with CloudEvents headers — and reads back equal.
 */
final class AvroRoundTripStep implements DemoStep {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "an Avro event makes the round trip through " + Topics.EVENTS.name();
    }

    @Override
    public String run(StackSettings settings) throws Exception {
        String reference = "demo-" + UUID.randomUUID();
        DepositInitiated sent = DepositInitiated.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setPaymentReference(reference)
                .setCorrelationId(UUID.randomUUID().toString())
                .setPspOrderId("demo-order")
                .setAmount(12_345)
                .setCurrency("EUR")
                .build();
        RecordMetadata written = produce(settings, reference, sent);
        ConsumerRecord<String, SpecificRecord> read = consume(settings, written);
        if (!sent.equals(read.value())) {
            throw new StackException("read back " + read.value() + " but sent " + sent);
        }
        return "wrote " + sent.getSchema().getName() + " " + reference + " to partition " + written.partition()
                + " offset " + written.offset() + " (" + written.serializedValueSize() + " bytes), read it back equal\n"
                + String.join("\n", CloudEvents.NAMES.stream()
                        .map(name -> name + ": " + CloudEvents.header(read.headers(), name).orElse("(missing)"))
                        .toList());
    }

    private static RecordMetadata produce(StackSettings settings, String key, DepositInitiated event) throws Exception {
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, PaybridgeAvroSerializer.class,
                PaybridgeAvroSerializer.SOURCE_CONFIG, "/paybridge/local-stack-demo"))) {
            return producer.send(new ProducerRecord<>(Topics.EVENTS.name(), key, event))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static ConsumerRecord<String, SpecificRecord> consume(StackSettings settings, RecordMetadata written) {
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, PaybridgeAvroDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, written.offset());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.offset() == written.offset()) {
                        return record;
                    }
                }
            }
        }
        throw new StackException("the event written at " + partition + " offset " + written.offset()
                + " did not come back within " + TIMEOUT.toSeconds() + " s");
    }
}
