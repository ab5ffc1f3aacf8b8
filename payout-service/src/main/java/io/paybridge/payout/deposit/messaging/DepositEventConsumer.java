package io.paybridge.payout.deposit.messaging;

import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.payout.deposit.DepositProjection;
import io.paybridge.support.consumer.ProcessedMessages;
import io.paybridge.support.consumer.RecordPayloads;
import io.paybridge.support.money.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code payments.events.v1} for the deposits refunds draw on (DepositCredited, DepositDebited; every other
 * event is left alone), each record once: its eventId is logged in the transaction that applies it. A value that is
 * not a readable record, or a deposit event that could never be stored (no amount, no currency), goes to
 * {@code payments.events.v1.dlq}; a database failure is retried with back-off.
 */
@ApplicationScoped
public class DepositEventConsumer {

    static final String CONSUMER = "payout-deposit-events";
    private static final Logger LOG = Logger.getLogger(DepositEventConsumer.class);

    private final ProcessedMessages processed;
    private final DepositProjection deposits;

    public DepositEventConsumer(ProcessedMessages processed, DepositProjection deposits) {
        this.processed = processed;
        this.deposits = deposits;
    }

    @Incoming("deposit-events")
    public Uni<Void> consume(byte[] payload) {
        SpecificRecord record;
        try {
            record = RecordPayloads.decode(payload);
            if (record instanceof DepositCredited credited) {
                requireStorable(credited.getPaymentReference(), credited.getPspOrderId(), credited.getAmount(), credited.getCurrency());
                return once(credited.getEventId(), () -> deposits.credited(credited));
            }
            if (record instanceof DepositDebited debited) {
                requireStorable(debited.getPaymentReference(), debited.getPspOrderId(), debited.getAmount(), debited.getCurrency());
                return once(debited.getEventId(), () -> deposits.debited(debited));
            }
            return Uni.createFrom().voidItem();
        } catch (RuntimeException unusable) {
            LOG.warnf("a record on the events topic cannot be applied, sent to the dead-letter topic: %s", unusable.getMessage());
            return Uni.createFrom().failure(unusable);
        }
    }

    private Uni<Void> once(String eventId, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> processed.firstTime(CONSUMER, eventId)
                        .chain(first -> first ? effect.get() : Uni.createFrom().voidItem()))
                .onFailure().invoke(failure -> LOG.warnf("deposit event %s not applied yet, retrying: %s", eventId,
                        failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    private static void requireStorable(String orderRef, String pspOrderId, long amountMinor, String currency) {
        if (orderRef.isBlank() || orderRef.length() > 64 || pspOrderId.isBlank() || pspOrderId.length() > 64) {
            throw new IllegalArgumentException("a deposit event needs a payment reference and a PSP order id of 1 to 64 characters");
        }
        if (!Money.ofMinor(amountMinor, currency).isPositive()) {
            throw new IllegalArgumentException("deposit " + orderRef + " has amount " + amountMinor + ", not above zero");
        }
    }
}
