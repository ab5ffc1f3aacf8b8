package io.paybridge.trustly.api;

/** What the builders of checkout orders (Deposit, Withdraw, SelectAccount) add: the end user, the page, held notifications. */
public abstract class CheckoutOrderBuilder<B extends CheckoutOrderBuilder<B>> extends OrderBuilder<B> {

    protected EndUser endUser;
    protected CheckoutPage page;
    protected Boolean holdNotifications;

    public B endUser(EndUser value) {
        endUser = value;
        return self();
    }

    public B page(CheckoutPage value) {
        page = value;
        return self();
    }

    /** TEST only: Trustly holds the notifications until released in its notification tool. */
    public B holdNotifications(boolean value) {
        holdNotifications = value;
        return self();
    }
}
