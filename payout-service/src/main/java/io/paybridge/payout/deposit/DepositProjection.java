package io.paybridge.payout.deposit;

import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.payout.deposit.domain.DepositStanding;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Keeps {@link RefundableDeposit} as checkout's events tell it, inside the caller's transaction and holding the
 * deposit's row lock (the lock a refund's reservation takes): a credit makes the deposit refundable, a debit (the PSP
 * reversed it) makes it refundable never again. A repeated credit changes nothing.
 */
@ApplicationScoped
public class DepositProjection {

    private static final Logger LOG = Logger.getLogger(DepositProjection.class);

    /** Applies DepositCredited. */
    public Uni<Void> credited(DepositCredited event) {
        return RefundableDeposit.lock(event.getPaymentReference()).chain(deposit -> {
            Instant now = now();
            if (deposit == null) {
                RefundableDeposit created = newDeposit(event.getPaymentReference(), event.getPspOrderId(), event.getCurrency(),
                        event.getAmount(), DepositStanding.CREDITED, now);
                created.creditedAt = event.getPspTimestamp() != null ? event.getPspTimestamp() : event.getOccurredAt();
                created.creditNotificationId = event.getNotificationId();
                return created.persist().replaceWithVoid();
            }
            if (deposit.creditNotificationId == null) {
                // the debit came first: this credit is the deposit's own, whatever else arrives on its PSP order later
                deposit.creditNotificationId = event.getNotificationId();
                deposit.updatedAt = now;
            } else {
                LOG.debugf("deposit %s was credited before; a second DepositCredited changes nothing", deposit.orderRef);
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Applies DepositDebited: the deposit is reversed and takes no new refund. */
    public Uni<Void> debited(DepositDebited event) {
        return RefundableDeposit.lock(event.getPaymentReference()).chain(deposit -> {
            Instant now = now();
            if (deposit == null) {
                RefundableDeposit created = newDeposit(event.getPaymentReference(), event.getPspOrderId(), event.getCurrency(),
                        event.getAmount(), DepositStanding.DEBITED, now);
                created.creditedAt = event.getOccurredAt();
                return created.persist().replaceWithVoid();
            }
            deposit.status = DepositStanding.DEBITED;
            deposit.updatedAt = now;
            return Uni.createFrom().voidItem();
        });
    }

    private static RefundableDeposit newDeposit(String orderRef, String pspOrderId, String currency, long amountMinor,
            DepositStanding status, Instant now) {
        RefundableDeposit deposit = new RefundableDeposit();
        deposit.orderRef = orderRef;
        deposit.pspOrderId = pspOrderId;
        deposit.currency = currency;
        deposit.creditedMinor = amountMinor;
        deposit.status = status;
        deposit.createdAt = now;
        deposit.updatedAt = now;
        return deposit;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
