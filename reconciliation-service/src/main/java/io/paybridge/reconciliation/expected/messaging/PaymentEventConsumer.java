package io.paybridge.reconciliation.expected.messaging;

import io.paybridge.reconciliation.expected.ExpectedMovements;
import io.paybridge.reconciliation.run.RunLock;
import io.paybridge.support.consumer.RecordPayloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code payments.events.v1} into the expected movements, each record once: its eventId goes into
 * service-support's {@code processed_message} log (the {@code ProcessedMessages} contract, written on this
 * connection) in the transaction that applies it. Events that change nothing here are skipped without a transaction.
 * A value that is not a readable record, or a movement event that could never be stored, goes to
 * {@code payments.events.v1.dlq}; a database failure is retried with back-off.
 */
@ApplicationScoped
public class PaymentEventConsumer {

    static final String CONSUMER = "reconciliation-payment-events";
    private static final Logger LOG = Logger.getLogger(PaymentEventConsumer.class);
    private static final String FIRST_TIME = "INSERT INTO processed_message (consumer, message_id) VALUES ($1, $2)"
            + " ON CONFLICT (consumer, message_id) DO NOTHING";

    private final Pool pool;
    private final ExpectedMovements movements;

    public PaymentEventConsumer(Pool pool, ExpectedMovements movements) {
        this.pool = pool;
        this.movements = movements;
    }

    @Incoming("payment-events")
    public Uni<Void> consume(byte[] payload) {
        SpecificRecord record;
        try {
            record = RecordPayloads.decode(payload);
        } catch (RuntimeException unreadable) {
            LOG.warnf("a record on the events topic cannot be read, sent to the dead-letter topic: %s", unreadable.getMessage());
            return Uni.createFrom().failure(unreadable);
        }
        if (!ExpectedMovements.concerns(record)) {
            return Uni.createFrom().voidItem();
        }
        String eventId = String.valueOf(record.get(record.getSchema().getField("eventId").pos()));
        return once(eventId, record);
    }

    private Uni<Void> once(String eventId, SpecificRecord record) {
        return pool.withTransaction(connection -> connection.query(RunLock.SHARED).execute()
                        .chain(() -> connection.preparedQuery(FIRST_TIME).execute(Tuple.of(CONSUMER, eventId)))
                        .chain(inserted -> inserted.rowCount() == 1
                                ? movements.apply(connection, record)
                                : Uni.createFrom().voidItem()))
                .onFailure(IllegalArgumentException.class).invoke(unusable -> LOG.warnf(
                        "event %s cannot be applied, sent to the dead-letter topic: %s", eventId, unusable.getMessage()))
                .onFailure(failure -> !(failure instanceof IllegalArgumentException))
                .invoke(failure -> LOG.warnf("event %s not applied yet, retrying: %s", eventId, failure.toString()))
                .onFailure(failure -> !(failure instanceof IllegalArgumentException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
