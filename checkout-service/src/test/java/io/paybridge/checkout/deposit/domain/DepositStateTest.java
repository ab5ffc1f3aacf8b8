package io.paybridge.checkout.deposit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DepositStateTest {

    @Test
    void startsCreatedWithNoDebitHeld() {
        assertThat(DepositState.initial()).isEqualTo(new DepositState(DepositStatus.CREATED, false));
    }

    @ParameterizedTest
    @EnumSource(value = DepositStatus.class, names = {"CREDITED", "DEBITED"})
    void holdsNoDebitOnceTheCreditArrived(DepositStatus status) {
        assertThatThrownBy(() -> new DepositState(status, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only until its credit arrives");
    }
}
