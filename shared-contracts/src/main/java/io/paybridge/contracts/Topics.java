package io.paybridge.contracts;

import java.util.List;

/**
 * The topic catalog: every topic of the platform, as the one place services take topic names
 * from (never string literals in services).
 */
public final class Topics {

    /** Verified PSP notifications, normalized; keyed by the PSP order id. */
    public static final TopicSpec NOTIFICATIONS =
            new TopicSpec("payments.notifications.v1", "PSP order id", List.of(), 6);

    /** Order commands (refund, account payout, charge a mandate, cancel a charge); keyed by the payment reference. */
    public static final TopicSpec COMMANDS =
            new TopicSpec("payments.commands.v1", "payment reference", List.of(), 6);

    /** The public domain events of deposits, refunds, payouts, withdrawals, mandates and charges; keyed by the payment reference. */
    public static final TopicSpec EVENTS =
            new TopicSpec("payments.events.v1", "payment reference", List.of(), 12);

    /** Reconciliation runs and breaks; keyed by the run id (runs) or the PSP order id (breaks). */
    public static final TopicSpec RECONCILIATION =
            new TopicSpec("payments.reconciliation.v1", "run id or PSP order id", List.of(), 3);

    private Topics() {}

    /** Every topic, in a stable order. */
    public static List<TopicSpec> all() {
        return List.of(NOTIFICATIONS, COMMANDS, EVENTS, RECONCILIATION);
    }
}
