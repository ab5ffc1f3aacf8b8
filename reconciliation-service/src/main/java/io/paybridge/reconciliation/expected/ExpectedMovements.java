package io.paybridge.reconciliation.expected;

import io.paybridge.contracts.payments.v1.ChargeCredited;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.contracts.payments.v1.PayoutAccepted;
import io.paybridge.contracts.payments.v1.PayoutConfirmed;
import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutRequested;
import io.paybridge.contracts.payments.v1.RefundAccepted;
import io.paybridge.contracts.payments.v1.RefundConfirmed;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.contracts.payments.v1.WithdrawalCancelled;
import io.paybridge.contracts.payments.v1.WithdrawalDebited;
import io.paybridge.contracts.payments.v1.WithdrawalDenied;
import io.paybridge.contracts.payments.v1.WithdrawalReturned;
import io.paybridge.reconciliation.expected.domain.Movement;
import io.paybridge.reconciliation.expected.domain.OrderType;
import io.paybridge.reconciliation.expected.persistence.MovementStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.avro.specific.SpecificRecord;

/**
 * What each event of {@code payments.events.v1} makes expected, signed as psp-sandbox books it on the merchant account
 * ({@code Bookings}, {@code Reversals}): see the README's table. Refunds and account payouts go through their intents
 * ({@link MovementIntents}); every event not listed there changes nothing. Call inside the caller's transaction.
 */
@ApplicationScoped
public class ExpectedMovements {

    static final String DEPOSIT_CREDITED = "DepositCredited";
    static final String DEPOSIT_DEBITED = "DepositDebited";
    static final String CHARGE_CREDITED = "ChargeCredited";
    static final String WITHDRAWAL_DEBITED = "WithdrawalDebited";
    static final String WITHDRAWAL_RETURNED = "WithdrawalReturned";

    private final MovementStore store;
    private final MovementIntents intents;
    private final Movements movements;

    public ExpectedMovements(MovementStore store, MovementIntents intents, Movements movements) {
        this.store = store;
        this.intents = intents;
        this.movements = movements;
    }

    /** True for the events that may change what is expected; the others are skipped without a transaction. */
    public static boolean concerns(SpecificRecord record) {
        return record instanceof DepositCredited || record instanceof DepositDebited || record instanceof ChargeCredited
                || record instanceof WithdrawalDebited || record instanceof WithdrawalDenied || record instanceof WithdrawalCancelled
                || record instanceof WithdrawalReturned || record instanceof RefundRequested || record instanceof RefundAccepted
                || record instanceof RefundConfirmed || record instanceof RefundFailed || record instanceof PayoutRequested
                || record instanceof PayoutAccepted || record instanceof PayoutConfirmed || record instanceof PayoutFailed;
    }

    /**
     * Applies the event.
     *
     * @throws IllegalArgumentException if the event could never be stored (no amount above zero, a malformed currency)
     */
    public Uni<Void> apply(SqlConnection connection, SpecificRecord record) {
        if (record instanceof DepositCredited e) {
            return movements.record(connection, Movement.in(e.getPspOrderId(), OrderType.DEPOSIT, e.getPaymentReference(),
                    DEPOSIT_CREDITED, e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(), e.getOccurredAt()));
        }
        if (record instanceof DepositDebited e) {
            // psp-sandbox's Reversals.depositDebited: the credited amount leaves again as a negative 'Deposit' row
            return movements.record(connection, Movement.out(e.getPspOrderId(), OrderType.DEPOSIT, e.getPaymentReference(),
                    DEPOSIT_DEBITED, e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(), e.getOccurredAt()));
        }
        if (record instanceof ChargeCredited e) {
            return movements.record(connection, Movement.in(e.getPspOrderId(), OrderType.CHARGE, e.getPaymentReference(),
                    CHARGE_CREDITED, e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(), e.getOccurredAt()));
        }
        if (record instanceof WithdrawalDebited e) {
            return movements.record(connection, Movement.out(e.getPspOrderId(), OrderType.WITHDRAW, e.getPaymentReference(),
                    WITHDRAWAL_DEBITED, e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(),
                    e.getOccurredAt()));
        }
        if (record instanceof WithdrawalDenied e) {
            // denied: psp-sandbox skips the send, nothing leaves the account
            return store.cancel(connection, OrderType.WITHDRAW, e.getPaymentReference(), WITHDRAWAL_DEBITED).replaceWithVoid();
        }
        if (record instanceof WithdrawalCancelled e) {
            return store.cancel(connection, OrderType.WITHDRAW, e.getPaymentReference(), WITHDRAWAL_DEBITED).replaceWithVoid();
        }
        if (record instanceof WithdrawalReturned e) {
            // psp-sandbox's Reversals.withdrawalReturned: the amount comes back as a positive 'Withdraw' row
            return movements.record(connection, Movement.in(e.getPspOrderId(), OrderType.WITHDRAW, e.getPaymentReference(),
                    WITHDRAWAL_RETURNED, e.getAmount(), e.getCurrency(), e.getPaymentReference(), e.getCorrelationId(),
                    e.getOccurredAt()));
        }
        return intents.apply(connection, record);
    }
}
