package io.paybridge.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** application.properties maps the notification channel to the catalog's topic and its dead-letter topic. */
class NotificationChannelTest {

    @Test
    void theChannelReadsTheCatalogTopicAndDeadLettersToItsDlq() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String channel = "mp.messaging.incoming.deposit-notifications.";
        assertThat(properties.getProperty(channel + "topic")).isEqualTo(Topics.NOTIFICATIONS.name());
        assertThat(properties.getProperty(channel + "dead-letter-queue.topic")).isEqualTo(Topics.NOTIFICATIONS.deadLetterTopic());
    }
}
