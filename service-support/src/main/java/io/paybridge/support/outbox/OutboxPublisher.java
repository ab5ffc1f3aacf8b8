package io.paybridge.support.outbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends outbox messages to Kafka with an idempotent producer ({@code acks=all}) and completes only
 * when the broker has acknowledged every one of them.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final Map<String, Object> producerConfig;
    private Producer<String, byte[]> producer;

    public OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        Map<String, Object> settings = new HashMap<>();
        // The Quarkus map holds every kafka.* property (consumer ones too); a producer takes its own.
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.relay().sendTimeout().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(config.relay().sendTimeout().toMillis(), 10_000));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(config.relay().sendTimeout().toMillis(), 10_000));
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.putAll(config.producer());
        // Not negotiable: a lost or reordered acknowledged record would break "nothing acknowledged is lost".
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "paybridge-outbox-relay");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producerConfig = Map.copyOf(settings);
    }

    /** Sends the messages in order; the Uni completes when all are acknowledged, or fails with the first failure. */
    Uni<Void> publish(List<PendingMessage> messages) {
        // send() may block on metadata while Kafka is away: never on an event-loop thread.
        return Uni.createFrom().item(() -> messages.stream().map(this::send).toArray(CompletableFuture[]::new))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(acks -> Uni.createFrom().completionStage(CompletableFuture.allOf(acks)))
                .replaceWithVoid();
    }

    private CompletableFuture<Void> send(PendingMessage message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        producer().send(record, (metadata, failure) -> {
            if (failure == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(failure);
            }
        });
        return acknowledged;
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
