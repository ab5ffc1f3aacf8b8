package io.paybridge.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A JVM that started the broker and wrote to it exits with status 0 and leaves no broker directory
 * behind: the broker stops before its directory is deleted (see {@link EmbeddedKafka}).
 */
class EmbeddedKafkaExitTest {

    /** The child JVM: start the broker, write to it, print its directory, exit while it runs. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            EmbeddedKafka kafka = EmbeddedKafka.shared();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.clientProperties(Map.of(
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())))) {
                for (int i = 0; i < 500; i++) {
                    producer.send(new ProducerRecord<>("payments.events.v1.dlq", "key-" + i, "value-" + i));
                }
                producer.flush();
            }
            System.out.println("DATA_DIRECTORY=" + kafka.dataDirectory().orElseThrow());
            System.exit(0);
        }
    }

    @Test
    void aJvmExitingWithTheBrokerRunningExitsCleanlyAndRemovesTheBrokerDirectory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = Files.createTempFile("embedded-kafka-exit", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Child.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove(EmbeddedKafka.BOOTSTRAP_ENV);
        Process child = builder.start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as("exit status; child output:%n%s", log).isZero();
            String directory = log.lines().filter(line -> line.startsWith("DATA_DIRECTORY="))
                    .map(line -> line.substring("DATA_DIRECTORY=".length())).findFirst().orElseThrow();
            assertThat(new File(directory)).as("broker directory after exit").doesNotExist();
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
