package io.paybridge.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaProducerTest {

    private final EmbeddedKafka kafka = EmbeddedKafka.shared();

    @Test
    void createsEveryCatalogTopicWithItsPartitionsAndADeadLetterTopic() throws Exception {
        try (Admin admin = kafka.admin()) {
            List<String> names = new ArrayList<>();
            Topics.all().forEach(spec -> {
                names.add(spec.name());
                names.add(spec.deadLetterTopic());
            });
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
            for (TopicSpec spec : Topics.all()) {
                assertThat(described.get(spec.name()).partitions()).hasSize(spec.partitions());
                assertThat(described.get(spec.deadLetterTopic()).partitions()).hasSize(1);
            }
        }
    }

    @Test
    void reportsTheVerifiedPartitionCountOfEveryWantedTopicInCatalogOrder() {
        try (Admin admin = kafka.admin()) {
            assertThat(CatalogTopics.verifiedPartitions(admin)).containsExactly(
                    Map.entry("payments.notifications.v1", 6), Map.entry("payments.notifications.v1.dlq", 1),
                    Map.entry("payments.commands.v1", 6), Map.entry("payments.commands.v1.dlq", 1),
                    Map.entry("payments.events.v1", 12), Map.entry("payments.events.v1.dlq", 1),
                    Map.entry("payments.reconciliation.v1", 3), Map.entry("payments.reconciliation.v1.dlq", 1));
        }
    }

    @Test
    void creatingTheCatalogAgainChangesNothing() {
        try (Admin admin = kafka.admin()) {
            assertThat(CatalogTopics.ensure(admin, (short) 1)).isEmpty();
        }
    }

    @Test
    void anIdempotentProducerWritesWhatAConsumerReadsBack() throws Exception {
        String key = "order-" + UUID.randomUUID();
        // A dead-letter topic takes any bytes; the catalog topics hold only Paybridge records, which other tests read.
        String topic = Topics.EVENTS.deadLetterTopic();
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "hello");
            record.headers().add("ce_id", "42".getBytes(StandardCharsets.UTF_8));
            written = producer.send(record).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            consumer.assign(Set.of(new org.apache.kafka.common.TopicPartition(topic, written.partition())));
            consumer.seek(new org.apache.kafka.common.TopicPartition(topic, written.partition()), written.offset());
            ConsumerRecord<String, String> read = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> candidate : consumer.poll(Duration.ofMillis(200))) {
                    if (candidate.key().equals(key)) {
                        read = candidate;
                    }
                }
            }
            assertThat(read).isNotNull();
            assertThat(read.value()).isEqualTo("hello");
            assertThat(new String(read.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo("42");
        }
    }

    @Test
    void theBrokerRunsTheKafkaVersionOfTheClients() throws Exception {
        String brokerJar = kafka.server.BrokerServer.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String brokerVersion;
        try (JarFile jar = new JarFile(brokerJar)) {
            brokerVersion = jar.getName().replaceAll(".*kafka_2\\.13-(.+)\\.jar$", "$1");
        }
        assertThat(brokerVersion).isEqualTo(AppInfoParser.getVersion());
    }
}
