package io.paybridge.support.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import io.paybridge.testkit.kafka.KafkaTestResource;
import io.paybridge.testkit.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadLetterDepthTest {

    @Test
    void theDepthOfEachDeadLetterTopicIsAGaugeThatFollowsWhatArrives() throws Exception {
        String dlq = Topics.COMMANDS.deadLetterTopic();
        long before = depth(dlq);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(dlq, "cmd-" + i, new byte[] {1, 2, 3})).get();
            }
        }

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(depth(dlq)).isEqualTo(before + 3));
        assertThat(depth(Topics.RECONCILIATION.deadLetterTopic())).isZero();
    }

    private static long depth(String topic) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("paybridge_kafka_dlq_depth\\{topic=\"" + Pattern.quote(topic) + "\"\\} ([0-9.E]+)").matcher(metrics);
        assertThat(gauge.find()).as("the gauge of %s in %s", topic, metrics).isTrue();
        return (long) Double.parseDouble(gauge.group(1));
    }
}
