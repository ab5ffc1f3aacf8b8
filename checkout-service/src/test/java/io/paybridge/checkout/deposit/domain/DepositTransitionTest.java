package io.paybridge.checkout.deposit.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paybridge.checkout.deposit.domain.DepositTransition.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepositTransitionTest {

    private static final DepositState CREATED = DepositState.initial();
    private static final DepositState CREATED_DEBIT_HELD = new DepositState(DepositStatus.CREATED, true);
    private static final DepositState PENDING = new DepositState(DepositStatus.PENDING, false);

    @Test
    void appliedMeansAStatusWasEntered() {
        assertThatThrownBy(() -> new DepositTransition(CREATED, DepositInput.PENDING, PENDING, List.of(), Outcome.APPLIED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DepositTransition(
                        CREATED, DepositInput.PENDING, PENDING, List.of(DepositStatus.PENDING), Outcome.IGNORED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heldOnlyMarksTheDebitHeld() {
        assertThatThrownBy(() -> new DepositTransition(CREATED, DepositInput.DEBIT, PENDING, List.of(), Outcome.HELD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DepositTransition(
                        CREATED_DEBIT_HELD, DepositInput.DEBIT, CREATED_DEBIT_HELD, List.of(), Outcome.HELD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoredChangesNothing() {
        assertThatThrownBy(() -> new DepositTransition(CREATED, DepositInput.DEBIT, CREATED_DEBIT_HELD, List.of(), Outcome.IGNORED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
