package io.paybridge.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RestartableKafkaProducerTest {

    private static final String TOPIC = Topics.NOTIFICATIONS.name();
    private static final String KEY = "order-1";

    @Test
    void recordsSurviveAStopAndTheSameAddressServesAgainAfterARestart() throws Exception {
        RestartableKafka kafka = RestartableKafka.start();
        Path directory = kafka.directory();
        try (kafka; KafkaProducer<String, String> producer = producer(kafka)) {
            String address = kafka.bootstrapServers();
            for (String value : List.of("before-1", "before-2", "before-3")) {
                producer.send(new ProducerRecord<>(TOPIC, KEY, value)).get();
            }

            kafka.stop();
            assertThat(kafka.running()).isFalse();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, KEY, "while-stopped")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);

            kafka.restart();
            assertThat(kafka.running()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            assertThat(readFromTheBeginning(kafka, 3)).containsExactly("before-1", "before-2", "before-3");
            producer.send(new ProducerRecord<>(TOPIC, KEY, "after-1")).get();
            assertThat(readFromTheBeginning(kafka, 4)).containsExactly("before-1", "before-2", "before-3", "after-1");
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void theBrokerStopsItselfWhenItsParentJvmIsGone() throws Exception {
        try (RestartableKafka kafka = RestartableKafka.start()) {
            Process broker = kafka.process();
            // What the kernel does to the pipe when this JVM ends in any way, SIGKILL included.
            broker.getOutputStream().close();
            assertThat(broker.waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(kafka.running()).isFalse();
            assertThat(Files.readString(kafka.directory().resolve("kafka.log"))).contains(KafkaChild.STDIN_CLOSED);
        }
    }

    /** Short timeouts, so a send to a stopped broker fails in seconds instead of two minutes. */
    private static KafkaProducer<String, String> producer(RestartableKafka kafka) {
        return new KafkaProducer<>(kafka.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 6_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    /** The values on every partition of the topic, read from offset 0 until the expected count arrives (or 20 s pass). */
    private static List<String> readFromTheBeginning(RestartableKafka kafka, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.clientProperties(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int partition = 0; partition < Topics.NOTIFICATIONS.partitions(); partition++) {
                partitions.add(new TopicPartition(TOPIC, partition));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
