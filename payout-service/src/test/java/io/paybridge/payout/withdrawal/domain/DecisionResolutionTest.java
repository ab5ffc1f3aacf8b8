package io.paybridge.payout.withdrawal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What GetWithdrawals' transfer state says about an approval or a denial whose answer was lost. */
class DecisionResolutionTest {

    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of(ManualDecision.APPROVE, null, DecisionResolution.RESEND),
                Arguments.of(ManualDecision.APPROVE, "PENDING", DecisionResolution.RESEND),
                Arguments.of(ManualDecision.APPROVE, "EXECUTING", DecisionResolution.ACCEPTED),
                Arguments.of(ManualDecision.APPROVE, "EXECUTED", DecisionResolution.ACCEPTED),
                Arguments.of(ManualDecision.APPROVE, "executed", DecisionResolution.ACCEPTED),
                Arguments.of(ManualDecision.APPROVE, "RETURNED", DecisionResolution.ACCEPTED),
                Arguments.of(ManualDecision.APPROVE, "FAILED", DecisionResolution.REFUSED),
                Arguments.of(ManualDecision.APPROVE, "SOMETHING_NEW", DecisionResolution.WAIT),
                Arguments.of(ManualDecision.DENY, null, DecisionResolution.RESEND),
                Arguments.of(ManualDecision.DENY, "PENDING", DecisionResolution.RESEND),
                Arguments.of(ManualDecision.DENY, "FAILED", DecisionResolution.ACCEPTED),
                Arguments.of(ManualDecision.DENY, "EXECUTING", DecisionResolution.REFUSED),
                Arguments.of(ManualDecision.DENY, "ERROR", DecisionResolution.WAIT));
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @MethodSource("verdicts")
    void theTransferStateSettlesTheDecisionOrItIsResent(ManualDecision decision, String transferState,
            DecisionResolution expected) {
        assertThat(DecisionResolution.of(decision, Optional.ofNullable(transferState))).isEqualTo(expected);
    }
}
