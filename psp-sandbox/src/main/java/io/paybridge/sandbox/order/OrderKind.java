package io.paybridge.sandbox.order;

/** What an order is, by the API method that created it; the name doubles as the settlement report's ordertype. */
public enum OrderKind {
    DEPOSIT("Deposit"),
    WITHDRAW("Withdraw"),
    SELECT_ACCOUNT("SelectAccount"),
    REFUND("Refund"),
    ACCOUNT_PAYOUT("AccountPayout"),
    CHARGE("Charge");

    private final String method;

    OrderKind(String method) {
        this.method = method;
    }

    /** The Trustly API method that creates this kind of order. */
    public String method() {
        return method;
    }
}
