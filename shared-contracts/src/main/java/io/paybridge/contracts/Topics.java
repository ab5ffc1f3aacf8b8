package io.paybridge.contracts;

import io.paybridge.contracts.payments.v1.CancelCharge;
import io.paybridge.contracts.payments.v1.ChargeCancelled;
import io.paybridge.contracts.payments.v1.ChargeCredited;
import io.paybridge.contracts.payments.v1.ChargeFailed;
import io.paybridge.contracts.payments.v1.ChargeMandate;
import io.paybridge.contracts.payments.v1.ChargePending;
import io.paybridge.contracts.payments.v1.ChargeRejected;
import io.paybridge.contracts.payments.v1.ChargeRequested;
import io.paybridge.contracts.payments.v1.DepositCancelled;
import io.paybridge.contracts.payments.v1.DepositCredited;
import io.paybridge.contracts.payments.v1.DepositDebited;
import io.paybridge.contracts.payments.v1.DepositExpired;
import io.paybridge.contracts.payments.v1.DepositInitiated;
import io.paybridge.contracts.payments.v1.DepositPending;
import io.paybridge.contracts.payments.v1.MandateActivated;
import io.paybridge.contracts.payments.v1.MandateRequested;
import io.paybridge.contracts.payments.v1.MandateRevoked;
import io.paybridge.contracts.payments.v1.PayoutAccepted;
import io.paybridge.contracts.payments.v1.PayoutConfirmed;
import io.paybridge.contracts.payments.v1.PayoutFailed;
import io.paybridge.contracts.payments.v1.PayoutRequested;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.contracts.payments.v1.RefundAccepted;
import io.paybridge.contracts.payments.v1.RefundConfirmed;
import io.paybridge.contracts.payments.v1.RefundFailed;
import io.paybridge.contracts.payments.v1.RefundRequested;
import io.paybridge.contracts.payments.v1.RequestAccountPayout;
import io.paybridge.contracts.payments.v1.RequestRefund;
import io.paybridge.contracts.payments.v1.WithdrawalApproved;
import io.paybridge.contracts.payments.v1.WithdrawalCancelled;
import io.paybridge.contracts.payments.v1.WithdrawalConfirmed;
import io.paybridge.contracts.payments.v1.WithdrawalDebited;
import io.paybridge.contracts.payments.v1.WithdrawalDenied;
import io.paybridge.contracts.payments.v1.WithdrawalRequested;
import io.paybridge.contracts.payments.v1.WithdrawalReturned;
import io.paybridge.contracts.reconciliation.v1.BreakClosed;
import io.paybridge.contracts.reconciliation.v1.BreakOpened;
import io.paybridge.contracts.reconciliation.v1.RunFinished;
import java.util.List;
import java.util.Optional;

/**
 * The topic catalog: every topic of the platform, as the one place services take topic names
 * from (never string literals in services).
 */
public final class Topics {

    /** Verified PSP notifications, normalized; keyed by the PSP order id. */
    public static final TopicSpec NOTIFICATIONS =
            new TopicSpec("payments.notifications.v1", "PSP order id", List.of(PspNotification.class), 6);

    /** Order commands (refund, account payout, charge a mandate, cancel a charge); keyed by the payment reference. */
    public static final TopicSpec COMMANDS =
            new TopicSpec(
                    "payments.commands.v1",
                    "payment reference",
                    List.of(
                            RequestRefund.class,
                            RequestAccountPayout.class,
                            ChargeMandate.class,
                            CancelCharge.class),
                    6);

    /** The public domain events of deposits, refunds, payouts, withdrawals, mandates and charges; keyed by the payment reference. */
    public static final TopicSpec EVENTS =
            new TopicSpec(
                    "payments.events.v1",
                    "payment reference",
                    List.of(
                            DepositInitiated.class,
                            DepositPending.class,
                            DepositCredited.class,
                            DepositDebited.class,
                            DepositCancelled.class,
                            DepositExpired.class,
                            RefundRequested.class,
                            RefundAccepted.class,
                            RefundConfirmed.class,
                            RefundFailed.class,
                            PayoutRequested.class,
                            PayoutAccepted.class,
                            PayoutConfirmed.class,
                            PayoutFailed.class,
                            WithdrawalRequested.class,
                            WithdrawalDebited.class,
                            WithdrawalApproved.class,
                            WithdrawalDenied.class,
                            WithdrawalConfirmed.class,
                            WithdrawalCancelled.class,
                            WithdrawalReturned.class,
                            MandateRequested.class,
                            MandateActivated.class,
                            MandateRevoked.class,
                            ChargeRequested.class,
                            ChargePending.class,
                            ChargeCredited.class,
                            ChargeRejected.class,
                            ChargeCancelled.class,
                            ChargeFailed.class),
                    12);

    /** Reconciliation runs and breaks; keyed by the run id (runs) or the PSP order id (breaks). */
    public static final TopicSpec RECONCILIATION =
            new TopicSpec(
                    "payments.reconciliation.v1",
                    "run id or PSP order id",
                    List.of(
                            RunFinished.class,
                            BreakOpened.class,
                            BreakClosed.class),
                    3);

    private Topics() {}

    /** Every topic, in a stable order. */
    public static List<TopicSpec> all() {
        return List.of(NOTIFICATIONS, COMMANDS, EVENTS, RECONCILIATION);
    }

    /** The topic of that name, if it is in the catalog. */
    public static Optional<TopicSpec> byName(String name) {
        return all().stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
