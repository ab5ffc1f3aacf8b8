package io.paybridge.payout.command;

import io.smallrye.mutiny.Uni;
import org.apache.avro.specific.SpecificRecord;

/**
 * Applies one command type of {@code payments.commands.v1} (RequestRefund; RequestAccountPayout), once per
 * {@code commandId}. A bean implementing it is found by the {@link CommandConsumer} by the record's type.
 */
public interface CommandHandler<C extends SpecificRecord> {

    /** The command record this handler applies. */
    Class<C> type();

    /**
     * Applies {@code command}; a redelivered or re-sent command (same commandId) changes nothing. Fails with
     * {@link InvalidCommandException} when the command can never apply (it goes to the dead-letter topic with the
     * reason); any other failure is retried.
     */
    Uni<Void> handle(C command);
}
