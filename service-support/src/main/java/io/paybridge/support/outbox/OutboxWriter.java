package io.paybridge.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.paybridge.contracts.TopicSpec;
import io.paybridge.contracts.serde.CloudEvents;
import io.paybridge.contracts.serde.EventCodec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes an event into the outbox inside the caller's reactive transaction, so the event exists
 * exactly when the state change that caused it commits (no dual write). The record is encoded
 * here, with its CloudEvents headers and the current trace context ({@code traceparent}).
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxConfig config;
    private final OpenTelemetry openTelemetry;
    private final ObjectMapper json;
    private final EventCodec codec = EventCodec.shared();

    public OutboxWriter(OutboxConfig config, OpenTelemetry openTelemetry, ObjectMapper json) {
        this.config = config;
        this.openTelemetry = openTelemetry;
        this.json = json;
    }

    /**
     * Adds the event to the outbox of the current transaction.
     *
     * @param topic the catalog topic, which must carry the event's type
     * @param key the payment the event belongs to, so its records stay in order
     * @throws IllegalArgumentException if the topic does not carry this type or the key is blank
     * @throws IllegalStateException (in the returned Uni) if no transaction is active
     */
    public Uni<Void> write(TopicSpec topic, String key, SpecificRecord event) {
        OutboxMessage message = encode(topic, key, event);
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "outbox writes join the caller's transaction: call write() inside @WithTransaction"))
                .flatMap(transaction -> Panache.getSession())
                .flatMap(session -> session.persist(message));
    }

    /**
     * Encodes the event as an outbox row without storing it, for a caller that stores its own state and
     * the event in a single SQL statement ({@link OutboxSql}). Same checks as {@link #write}.
     */
    public OutboxMessage encode(TopicSpec topic, String key, SpecificRecord event) {
        if (!topic.carries(event.getClass())) {
            throw new IllegalArgumentException(topic.name() + " does not carry " + event.getSchema().getFullName());
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an outbox message needs the key of the payment it belongs to");
        }
        OutboxMessage message = new OutboxMessage();
        message.topic = topic.name();
        message.messageKey = key;
        message.eventType = event.getSchema().getFullName();
        message.payload = codec.encode(event);
        Map<String, String> headers = new LinkedHashMap<>(CloudEvents.headers(event, config.source()));
        message.eventId = UUID.fromString(headers.get(CloudEvents.ID));
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        message.headers = toJson(headers);
        message.createdAt = Instant.now();
        return message;
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers of strings always serialize", e);
        }
    }
}
