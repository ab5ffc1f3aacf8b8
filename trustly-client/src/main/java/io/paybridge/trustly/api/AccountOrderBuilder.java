package io.paybridge.trustly.api;

import java.math.BigDecimal;

/** What the builders of orders against a known AccountID (AccountPayout, Charge) add: account, amount, statement text. */
public abstract class AccountOrderBuilder<B extends AccountOrderBuilder<B>> extends OrderBuilder<B> {

    protected String accountId;
    protected BigDecimal amount;
    protected String currency;
    protected String shopperStatement;
    protected String externalReference;

    /** The AccountID to pay out to, or with an active mandate to charge. */
    public B accountId(String value) {
        accountId = value;
        return self();
    }

    public B amount(String currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
        return self();
    }

    public B shopperStatement(String value) {
        shopperStatement = value;
        return self();
    }

    public B externalReference(String value) {
        externalReference = value;
        return self();
    }
}
