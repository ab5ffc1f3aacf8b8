package io.paybridge.payout.refund;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.refund.domain.RefundInput;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.messaging.RefundEvents;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Moves a refund on an input, inside the caller's transaction, with the refund and its deposit locked by the caller
 * (deposit first, then refund: every path takes them in that order): a refund that fails gives its amount back to the
 * deposit in the same transaction, and the event of the status it entered goes to the outbox with it.
 */
@ApplicationScoped
public class RefundLedger {

    private static final Logger LOG = Logger.getLogger(RefundLedger.class);

    private final OutboxWriter outbox;

    public RefundLedger(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** What came with an input: the PSP's error, or the notification that caused it. */
    public record Cause(String errorCode, String errorMessage, String notificationId) {

        /** No detail. */
        public static final Cause NONE = new Cause(null, null, null);
    }

    /** Moves {@code refund} on {@code input}; the status entered, or empty when the input changes nothing. */
    public Uni<Optional<RefundStatus>> enter(RefundableDeposit deposit, Refund refund, RefundInput input, Cause cause) {
        if (!deposit.orderRef.equals(refund.orderRef)) {
            throw new IllegalArgumentException("refund " + refund.refundId + " is not a refund of " + deposit.orderRef);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RefundStatus before = refund.status;
        boolean acceptedBefore = before == RefundStatus.ACCEPTED || before == RefundStatus.CONFIRMED;
        Optional<RefundStatus> entered = refund.move(input, now);
        if (entered.isEmpty()) {
            LOG.debugf("refund %s is %s; %s changes nothing", refund.refundId, before, input);
            return Uni.createFrom().item(entered);
        }
        if (cause.notificationId() != null) {
            refund.notificationId = cause.notificationId();
        }
        if (entered.get() == RefundStatus.FAILED) {
            refund.errorCode = truncate(cause.errorCode(), 64);
            refund.errorMessage = truncate(cause.errorMessage(), 255);
            deposit.release(refund.amountMinor, now);
        }
        LOG.infof("refund %s of deposit %s: %s -> %s on %s", refund.refundId, refund.orderRef, before, entered.get(), input);
        return RefundEvents.entered(entered.get(), refund, acceptedBefore)
                .map(event -> outbox.write(Topics.EVENTS, refund.orderRef, event))
                .orElse(Uni.createFrom().voidItem())
                .replaceWith(entered);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
