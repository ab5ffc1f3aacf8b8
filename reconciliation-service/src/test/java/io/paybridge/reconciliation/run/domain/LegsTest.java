package io.paybridge.reconciliation.run.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which ordertypes are legs, never matched against movements. */
class LegsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "Deposit Fee, true", "Refund Fee, true", "AccountPayout Fee, true", "Settlement Fee, true", "FX, true",
        "Deposit, false", "Refund, false", "AccountPayout, false", "Charge, false", "Withdraw, false", "NULL, false",
        "Feeder, false"})
    void legOrNot(String orderType, boolean leg) {
        assertThat(Legs.isLeg(orderType)).isEqualTo(leg);
    }
}
