package io.paybridge.sandbox.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fees Trustly books on the merchant account, as decimal amounts in the order's currency ({@code paybridge.sandbox.fees}). */
@ConfigMapping(prefix = "paybridge.sandbox.fees")
public interface FeeConfig {

    /** Booked once per credited deposit ("Deposit Fee"). */
    @WithDefault("1.00")
    String deposit();

    /** Booked once per executed refund ("Refund Fee"). */
    @WithDefault("1.00")
    String refund();

    /** Booked once per account payout ("AccountPayout Fee"). */
    @WithDefault("1.00")
    String accountPayout();

    /** Booked once per currency a settlement pays out ("Settlement Fee", no orderid); zero books no row. */
    @WithDefault("0.00")
    String settlement();
}
