package io.paybridge.checkout.charge.messaging;

import io.paybridge.checkout.api.ResourceIds;
import io.paybridge.checkout.charge.Charges;
import io.paybridge.checkout.charge.Charges.Intent;
import io.paybridge.checkout.charge.domain.CancelWindow;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.deposit.OrderIdentity;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.checkout.psp.PspCallFailures;
import io.paybridge.contracts.payments.v1.CancelCharge;
import io.paybridge.contracts.payments.v1.ChargeMandate;
import io.paybridge.support.consumer.ProcessedMessages;
import io.paybridge.support.consumer.RecordPayloads;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.trustly.api.payin.ChargeResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes the charge-a-mandate and cancel-a-charge commands ({@code ChargeMandate}, {@code CancelCharge} on
 * {@code payments.commands.v1}) once per
 * {@code commandId}: a re-sent command (new eventId, same commandId) changes nothing. The Charge goes to the PSP
 * outside any transaction with a MessageID and UUID derived from the commandId, so a redelivery before the commit
 * gets the PSP's first answer; the charge and the commandId are then recorded in one transaction. A command for an
 * account without an ACTIVE mandate is recorded as a REJECTED charge ({@code MANDATE_NOT_ACTIVE}); one with an invalid
 * amount, currency or past date goes to the dead-letter topic. Other
 * commands on the topic are payout-service's and are left alone.
 */
@ApplicationScoped
public class ChargeCommandConsumer {

    static final String CONSUMER = "checkout-charge-commands";
    private static final Logger LOG = Logger.getLogger(ChargeCommandConsumer.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final ProcessedMessages processed;
    private final Charges charges;
    private final CancelWindow window;

    public ChargeCommandConsumer(ProcessedMessages processed, Charges charges, CancelWindow window) {
        this.processed = processed;
        this.charges = charges;
        this.window = window;
    }

    @Incoming("charge-commands")
    public Uni<Void> consume(byte[] payload) {
        SpecificRecord record;
        try {
            record = RecordPayloads.decode(payload);
        } catch (RecordPayloads.UnreadableRecordException unreadable) {
            LOG.warnf("a record on the commands topic cannot be read, sent to the dead-letter topic: %s", unreadable.getMessage());
            return Uni.createFrom().failure(unreadable);
        }
        if (record instanceof CancelCharge cancel) {
            return cancel(cancel);
        }
        if (!(record instanceof ChargeMandate command)) {
            return Uni.createFrom().voidItem();
        }
        Optional<String> invalid = invalid(command);
        if (invalid.isPresent()) {
            LOG.warnf("ChargeMandate %s cannot be applied (%s): sent to the dead-letter topic", command.getCommandId(),
                    invalid.get());
            return Uni.createFrom().failure(new IllegalArgumentException("invalid ChargeMandate: " + invalid.get()));
        }
        return handle(command)
                .onFailure().invoke(failure -> LOG.warnf("ChargeMandate %s not applied yet, retrying: %s",
                        command.getCommandId(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    /**
     * Cancels the charge the command names, once per commandId (the Idempotency-Key store replays a cancel that
     * was done). A cancel that can never apply (no such charge, not cancellable, past the deadline, refused by the
     * PSP) fails the command to the dead-letter topic with the reason; a PSP that does not answer is retried.
     */
    private Uni<Void> cancel(CancelCharge command) {
        IdempotentRequest request = IdempotentRequest.of("command:CancelCharge", command.getCommandId(),
                command.getPaymentReference());
        return charges.cancel(command.getPaymentReference(), request).replaceWithVoid()
                .onFailure(ChargeCommandConsumer::retryable)
                .invoke(failure -> LOG.warnf("CancelCharge %s not applied yet, retrying: %s", command.getCommandId(),
                        failure.toString()))
                .onFailure(ChargeCommandConsumer::retryable).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely()
                .onFailure().invoke(failure -> LOG.warnf("CancelCharge %s for charge %s cannot be applied, sent to the"
                        + " dead-letter topic: %s", command.getCommandId(), command.getPaymentReference(), failure.getMessage()));
    }

    /** A failure that may pass: the PSP's answer is unknown or the PSP is paused, or the database failed. */
    private static boolean retryable(Throwable failure) {
        return !(failure instanceof ProblemException problem) || problem.problem().status() >= 500;
    }

    Uni<Void> handle(ChargeMandate command) {
        return Panache.withSession(() -> Charge.count("commandId", command.getCommandId())
                        .chain(seen -> seen > 0 ? Uni.createFrom().<Optional<Mandate>>nullItem()
                                : Mandate.<Mandate>find("accountId = ?1 and endUserId = ?2 and status = ?3 order by updatedAt desc",
                                        command.getAccountId(), command.getEndUserId(), MandateStatus.ACTIVE)
                                        .<Mandate>firstResult().map(Optional::ofNullable)))
                .chain(mandate -> mandate == null ? Uni.createFrom().voidItem() : charge(command, mandate.orElse(null)));
    }

    private Uni<Void> charge(ChargeMandate command, Mandate mandate) {
        OrderIdentity identity = OrderIdentity.of("chg",
                IdempotentRequest.of("command:ChargeMandate", command.getCommandId(), command.getCommandId()));
        String chargeId = REFERENCE.matcher(command.getPaymentReference()).matches()
                ? command.getPaymentReference() : ResourceIds.random("chg");
        Money amount = Money.ofMinor(command.getAmount(), command.getCurrency());
        Intent intent = mandate == null
                ? new Intent(null, command.getAccountId(), command.getEndUserId(), null, amount, command.getPaymentDate(),
                        identity, chargeId, "command", command.getCommandId(), command.getCorrelationId())
                : Intent.of(mandate, amount, command.getPaymentDate(), identity, chargeId, "command", command.getCommandId(),
                        command.getCorrelationId());
        // no ACTIVE mandate here: nothing is sent; the charge is recorded REJECTED with a code of ours
        Uni<ChargeResult> result = mandate == null
                ? Uni.createFrom().item(new ChargeResult.Rejected("MANDATE_NOT_ACTIVE"))
                : charges.charge(intent).onFailure(ChargeCommandConsumer::refusedByPsp)
                        .recoverWithItem(failure -> new ChargeResult.Rejected(((ProblemException) failure).problem().detail()));
        return result.chain(answer -> Panache.withTransaction(() -> processed.firstTime(CONSUMER, command.getCommandId())
                .chain(first -> first ? charges.store(intent, answer).replaceWithVoid() : Uni.createFrom().voidItem())));
    }

    /** Why the command can never be applied (it goes to the dead-letter topic), if it cannot. */
    Optional<String> invalid(ChargeMandate command) {
        try {
            if (!Money.ofMinor(command.getAmount(), command.getCurrency()).isPositive()) {
                return Optional.of("amount must be greater than zero");
            }
        } catch (RuntimeException e) {
            return Optional.of("currency " + command.getCurrency() + " is not an ISO 4217 code");
        }
        if (command.getPaymentDate() != null && command.getPaymentDate().isBefore(window.today())) {
            return Optional.of("paymentDate " + command.getPaymentDate() + " is in the past");
        }
        return Optional.empty();
    }

    private static boolean refusedByPsp(Throwable failure) {
        return failure instanceof ProblemException problem
                && problem.problem().type().equals(PspCallFailures.PSP_REJECTED.uri());
    }
}
