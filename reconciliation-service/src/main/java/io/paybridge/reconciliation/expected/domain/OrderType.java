package io.paybridge.reconciliation.expected.domain;

/** The settlement report's ordertypes a movement of the platform settles as (Trustly's spelling, as stored). */
public enum OrderType {
    DEPOSIT("Deposit"),
    REFUND("Refund"),
    ACCOUNT_PAYOUT("AccountPayout"),
    CHARGE("Charge"),
    WITHDRAW("Withdraw");

    private final String reported;

    OrderType(String reported) {
        this.reported = reported;
    }

    /** The ordertype as the report and {@code expected_movement.order_type} spell it. */
    public String reported() {
        return reported;
    }
}
