package io.paybridge.sandbox.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/** Settings of the JSON-RPC API under {@code paybridge.sandbox.api}. */
@ConfigMapping(prefix = "paybridge.sandbox.api")
public interface ApiConfig {

    /** Currencies merchant accounts are kept in; any other currency code is ERROR_INVALID_CURRENCY_CODE. */
    @WithDefault("EUR,SEK,NOK,DKK,GBP,PLN,CZK,HUF,RON,BGN")
    Set<String> currencies();

    /** How long the checkout url of a Deposit, Withdraw or SelectAccount is valid ("max 30 minutes"). */
    @WithDefault("30M")
    Duration checkoutValidity();
}
