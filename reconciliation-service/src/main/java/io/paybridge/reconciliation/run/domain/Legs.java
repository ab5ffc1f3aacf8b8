package io.paybridge.reconciliation.run.domain;

/**
 * The report's ordertypes that are legs, never movements: fees ("Deposit Fee", "Refund Fee", "AccountPayout Fee",
 * "Settlement Fee", any other "... Fee") and FX. They are counted per type and currency and explain the residual
 * explicitly, never as a tolerance.
 */
public final class Legs {

    /** SQL predicate over a report row's {@code order_type} (false for a null ordertype). */
    public static final String IS_LEG = "(coalesce(order_type, '') LIKE '% Fee' OR coalesce(order_type, '') = 'FX')";

    private Legs() {
    }

    /** True when the ordertype is a leg. */
    public static boolean isLeg(String orderType) {
        return orderType != null && (orderType.endsWith(" Fee") || orderType.equals("FX"));
    }
}
