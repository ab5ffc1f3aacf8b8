package io.paybridge.support.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The processed-message log of idempotent consumers: a consumer records each message id in the
 * same transaction as the message's effect, and applies the effect only when the id is new. A
 * redelivered message then changes nothing, and two concurrent copies cannot both apply: the
 * second waits on the first's row and sees it once the first commits.
 */
@ApplicationScoped
public class ProcessedMessages {

    private static final String RECORD = "INSERT INTO processed_message (consumer, message_id) VALUES (?1, ?2)"
            + " ON CONFLICT (consumer, message_id) DO NOTHING";

    /**
     * Records that this consumer processes the message now.
     *
     * @return true the first time, false if this consumer already processed it (apply nothing then)
     */
    public Uni<Boolean> firstTime(String consumer, String messageId) {
        if (consumer == null || consumer.isBlank() || messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("consumer and message id are both required");
        }
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "the processed-message log joins the effect's transaction: call it inside @WithTransaction"))
                .flatMap(transaction -> Panache.getSession())
                .flatMap(session -> session.createNativeQuery(RECORD)
                        .setParameter(1, consumer)
                        .setParameter(2, messageId)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
