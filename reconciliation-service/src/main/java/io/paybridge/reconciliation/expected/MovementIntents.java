package io.paybridge.reconciliation.expected;

import io.paybridge.contracts.payments.v1.PayoutAccepted;
import io.paybridge.contracts.payments.v1.PayoutConfirmed;
import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutFailureStage;
import io.paybridge.contracts.payments.v1.PayoutRequested;
import io.paybridge.contracts.payments.v1.RefundAccepted;
import io.paybridge.contracts.payments.v1.RefundConfirmed;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.contracts.payments.v1.RefundFailureStage;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.reconciliation.expected.domain.Intent;
import io.paybridge.reconciliation.expected.domain.Movement;
import io.paybridge.reconciliation.expected.domain.OrderType;
import io.paybridge.reconciliation.expected.persistence.MovementStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;

/**
 * Refunds and account payouts, whose amount and PSP order id arrive in different events. A refund is expected as
 * 'Refund' −amount on the <b>deposit's</b> order once its request (amount) and acceptance (order) are known; an
 * account payout as 'AccountPayout' −amount once confirmed. A failure after the money was confirmed sent brings it
 * back (+amount, as psp-sandbox's Reversals book it); a failure of money never confirmed sent cancels the movement
 * (a queued refund fails without money moving) and records the return as cancelled too, so that rows of money that
 * did leave unconfirmed and came back still pair. A refusal (stage REJECTED) moved nothing.
 */
@ApplicationScoped
public class MovementIntents {

    static final String REFUND_SENT = "RefundAccepted";
    static final String REFUND_RETURNED = "RefundReturned";
    static final String PAYOUT_SENT = "PayoutConfirmed";
    static final String PAYOUT_RETURNED = "PayoutReturned";

    private final MovementStore store;
    private final Movements movements;

    public MovementIntents(MovementStore store, Movements movements) {
        this.store = store;
        this.movements = movements;
    }

    /** Applies a refund or payout event; any other event changes nothing. */
    public Uni<Void> apply(SqlConnection connection, SpecificRecord record) {
        if (record instanceof RefundRequested e) {
            requirePositive(e.getAmount(), "RefundRequested");
            return store.merge(connection, new Intent(OrderType.REFUND, e.getRefundId(), e.getPaymentReference(), e.getCorrelationId(),
                    e.getAmount(), e.getCurrency(), null, null, false, false)).chain(intent -> refundSent(connection, intent));
        }
        if (record instanceof RefundAccepted e) {
            return store.merge(connection, new Intent(OrderType.REFUND, e.getRefundId(), e.getPaymentReference(), e.getCorrelationId(),
                    null, null, e.getPspOrderId(), e.getOccurredAt(), false, false)).chain(intent -> refundSent(connection, intent));
        }
        if (record instanceof RefundConfirmed e) {
            requirePositive(e.getAmount(), "RefundConfirmed");
            return store.merge(connection, new Intent(OrderType.REFUND, e.getRefundId(), e.getPaymentReference(), e.getCorrelationId(),
                    e.getAmount(), e.getCurrency(), e.getPspOrderId(), e.getOccurredAt(), true, false))
                    .chain(intent -> refundSent(connection, intent));
        }
        if (record instanceof RefundFailed e) {
            return store.merge(connection, new Intent(OrderType.REFUND, e.getRefundId(), e.getPaymentReference(), e.getCorrelationId(),
                    null, null, e.getPspOrderId(), null, false, true))
                    .chain(intent -> failed(connection, intent, REFUND_SENT, REFUND_RETURNED, e.getStage() == RefundFailureStage.REJECTED,
                            e.getOccurredAt()));
        }
        if (record instanceof PayoutRequested e) {
            requirePositive(e.getAmount(), "PayoutRequested");
            return store.merge(connection, new Intent(OrderType.ACCOUNT_PAYOUT, e.getPaymentReference(), e.getPaymentReference(),
                    e.getCorrelationId(), e.getAmount(), e.getCurrency(), null, null, false, false)).replaceWithVoid();
        }
        if (record instanceof PayoutAccepted e) {
            return store.merge(connection, new Intent(OrderType.ACCOUNT_PAYOUT, e.getPaymentReference(), e.getPaymentReference(),
                    e.getCorrelationId(), null, null, e.getPspOrderId(), e.getOccurredAt(), false, false)).replaceWithVoid();
        }
        if (record instanceof PayoutConfirmed e) {
            Movement sent = Movement.out(e.getPspOrderId(), OrderType.ACCOUNT_PAYOUT, e.getPaymentReference(), PAYOUT_SENT,
                    e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(), e.getOccurredAt());
            return store.merge(connection, new Intent(OrderType.ACCOUNT_PAYOUT, e.getPaymentReference(), e.getPaymentReference(),
                    e.getCorrelationId(), e.getAmount(), e.getCurrency(), e.getPspOrderId(), e.getOccurredAt(), true, false))
                    .chain(intent -> movements.record(connection, sent));
        }
        if (record instanceof PayoutFailed e) {
            return store.merge(connection, new Intent(OrderType.ACCOUNT_PAYOUT, e.getPaymentReference(), e.getPaymentReference(),
                    e.getCorrelationId(), null, null, e.getPspOrderId(), null, false, true))
                    .chain(intent -> failed(connection, intent, PAYOUT_SENT, PAYOUT_RETURNED, e.getStage() == PayoutFailureStage.REJECTED,
                            e.getOccurredAt()));
        }
        return Uni.createFrom().voidItem();
    }

    /** A refund is expected once its amount and the deposit's order are known; failed unconfirmed, it is cancelled. */
    private Uni<Void> refundSent(SqlConnection connection, Intent intent) {
        if (!intent.complete() || intent.acceptedAt() == null) {
            return Uni.createFrom().voidItem();
        }
        Movement sent = sent(intent, REFUND_SENT, intent.acceptedAt());
        return movements.record(connection, intent.failed() && !intent.confirmed() ? sent.asCancelled() : sent);
    }

    private Uni<Void> failed(SqlConnection connection, Intent intent, String sentFact, String returnedFact, boolean rejected,
            Instant at) {
        if (rejected || !intent.complete()) {
            // refused by the PSP: nothing moved; or too little is known of it to expect a return
            return store.cancel(connection, intent.orderType(), intent.movementRef(), sentFact).replaceWithVoid();
        }
        Movement returned = Movement.in(intent.pspOrderId(), intent.orderType(), intent.movementRef(), returnedFact,
                intent.amountMinor(), intent.currency(), intent.paymentReference(), intent.correlationId(), at);
        if (intent.confirmed()) {
            return movements.record(connection, returned);
        }
        // never confirmed sent: most likely nothing moved (a refund fails while queued); if it did leave and come back
        // unconfirmed, both rows still pair with these cancelled movements and net to zero
        Movement sent = sent(intent, sentFact, intent.acceptedAt() == null ? at : intent.acceptedAt()).asCancelled();
        return store.cancel(connection, intent.orderType(), intent.movementRef(), sentFact)
                .chain(() -> movements.record(connection, sent))
                .chain(() -> movements.record(connection, returned.asCancelled()));
    }

    private static Movement sent(Intent intent, String fact, Instant at) {
        return Movement.out(intent.pspOrderId(), intent.orderType(), intent.movementRef(), fact, intent.amountMinor(),
                intent.currency(), intent.paymentReference(), intent.correlationId(), at);
    }

    private static void requirePositive(long amountMinor, String event) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException(event + " has amount " + amountMinor + ", not above zero");
        }
    }
}
