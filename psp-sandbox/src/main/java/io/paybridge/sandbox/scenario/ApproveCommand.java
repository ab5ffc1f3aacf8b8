package io.paybridge.sandbox.scenario;

/**
 * How an end user approves an order: the scenario (test case; null for the kind's default), the
 * bank id (null: the first bank of the order's country) and, for orders without a fixed amount,
 * the amount chosen as a decimal string.
 */
public record ApproveCommand(String scenario, String bank, String amount) {

    public static final ApproveCommand DEFAULTS = new ApproveCommand(null, null, null);
}
