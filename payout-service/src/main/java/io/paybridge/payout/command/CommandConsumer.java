package io.paybridge.payout.command;

import io.paybridge.support.consumer.RecordPayloads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code payments.commands.v1} and hands each command to the {@link CommandHandler} of its type. Commands no
 * handler takes (ChargeMandate, CancelCharge) are checkout's and are left alone. A value that is not a readable
 * Paybridge record, or a command that can never apply ({@link InvalidCommandException}), goes to
 * {@code payments.commands.v1.dlq} with the reason; any other failure (the database, the PSP's silence) is retried
 * with back-off, and the record is not acknowledged until it is applied.
 */
@ApplicationScoped
public class CommandConsumer {

    private static final Logger LOG = Logger.getLogger(CommandConsumer.class);

    private final List<CommandHandler<?>> handlers;

    public CommandConsumer(Instance<CommandHandler<?>> handlers) {
        this.handlers = handlers.stream().toList();
    }

    @Incoming("payout-commands")
    public Uni<Void> consume(byte[] payload) {
        SpecificRecord record;
        try {
            record = RecordPayloads.decode(payload);
        } catch (RecordPayloads.UnreadableRecordException unreadable) {
            LOG.warnf("a record on the commands topic cannot be read, sent to the dead-letter topic: %s", unreadable.getMessage());
            return Uni.createFrom().failure(unreadable);
        }
        Optional<CommandHandler<?>> handler = handlers.stream().filter(h -> h.type().isInstance(record)).findFirst();
        if (handler.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String type = record.getSchema().getName();
        return Uni.createFrom().deferred(() -> handle(handler.get(), record))
                .onFailure(CommandConsumer::retryable)
                .invoke(failure -> LOG.warnf("%s not applied yet, retrying: %s", type, failure.toString()))
                .onFailure(CommandConsumer::retryable).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely()
                .onFailure().invoke(failure -> LOG.warnf("%s cannot be applied, sent to the dead-letter topic: %s", type,
                        failure.getMessage()));
    }

    private static boolean retryable(Throwable failure) {
        return !(failure instanceof InvalidCommandException);
    }

    @SuppressWarnings("unchecked")
    private static <C extends SpecificRecord> Uni<Void> handle(CommandHandler<C> handler, SpecificRecord record) {
        return handler.handle((C) record);
    }
}
