package io.paybridge.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** application.properties maps each channel to the catalog's topic, its dead-letter topic and reconciliation's group. */
class ChannelTopicsTest {

    @Test
    void eachChannelReadsItsCatalogTopicAndDeadLettersToItsDlq() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertChannel(properties, "payment-events", Topics.EVENTS, "reconciliation-service-events");
    }

    private static void assertChannel(Properties properties, String name, TopicSpec topic, String group) {
        String channel = "mp.messaging.incoming." + name + ".";
        assertThat(properties.getProperty(channel + "topic")).isEqualTo(topic.name());
        assertThat(properties.getProperty(channel + "dead-letter-queue.topic")).isEqualTo(topic.deadLetterTopic());
        assertThat(properties.getProperty(channel + "group.id")).isEqualTo(group);
    }
}
