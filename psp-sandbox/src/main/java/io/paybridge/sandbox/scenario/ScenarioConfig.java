package io.paybridge.sandbox.scenario;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Timings of the scenarios under {@code paybridge.sandbox.scenarios} (fees are {@code paybridge.sandbox.fees}). */
@ConfigMapping(prefix = "paybridge.sandbox.scenarios")
public interface ScenarioConfig {

    /** From pending to credit in {@code normal} and {@code account} deposits. */
    @WithDefault("PT2S")
    Duration creditDelay();

    /** From pending to credit in {@code delayed-credit} deposits. */
    @WithDefault("PT5M")
    Duration delayedCreditDelay();

    /** From credit to debit in {@code D1} deposits. */
    @WithDefault("PT5S")
    Duration debitDelay();

    /** From pending to cancel in {@code pending-cancel} deposits and rejected mandates. */
    @WithDefault("PT5S")
    Duration cancelDelay();

    /** From the mandate sent for approval (directdebitmandate 0) to active (1). */
    @WithDefault("PT5S")
    Duration mandateDelay();

    /** From a withdrawal's debit answered OK to the money sent. */
    @WithDefault("PT2S")
    Duration withdrawalSendDelay();

    /** From a {@code W1} withdrawal's money sent to its return (credit). */
    @WithDefault("PT30S")
    Duration withdrawalReturnDelay();

    /** How often due scenario steps are looked for. */
    @WithDefault("PT0.25S")
    Duration pollInterval();
}
