package io.paybridge.payout.accountpayout.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The account payout state machine over the whole from × input matrix. */
class PayoutStatusTest {

    private static final Map<PayoutStatus, Map<PayoutInput, PayoutStatus>> EXPECTED = Map.of(
            PayoutStatus.AWAITING_APPROVAL, Map.of(PayoutInput.APPROVE, PayoutStatus.REQUESTED,
                    PayoutInput.REJECT, PayoutStatus.REJECTED),
            PayoutStatus.REQUESTED, Map.of(PayoutInput.ACCEPTED, PayoutStatus.ACCEPTED,
                    PayoutInput.NOT_ACCEPTED, PayoutStatus.FAILED, PayoutInput.REFUSED, PayoutStatus.FAILED,
                    PayoutInput.OUTCOME_UNKNOWN, PayoutStatus.UNKNOWN),
            PayoutStatus.UNKNOWN, Map.of(PayoutInput.ACCEPTED, PayoutStatus.ACCEPTED,
                    PayoutInput.NOT_ACCEPTED, PayoutStatus.FAILED, PayoutInput.REFUSED, PayoutStatus.FAILED),
            PayoutStatus.ACCEPTED, Map.of(PayoutInput.CONFIRMATION, PayoutStatus.CONFIRMED,
                    PayoutInput.RETURN, PayoutStatus.FAILED, PayoutInput.PAYOUT_FAILURE, PayoutStatus.FAILED,
                    PayoutInput.CANCEL, PayoutStatus.FAILED),
            PayoutStatus.CONFIRMED, Map.of(PayoutInput.RETURN, PayoutStatus.FAILED,
                    PayoutInput.PAYOUT_FAILURE, PayoutStatus.FAILED),
            PayoutStatus.FAILED, Map.of(),
            PayoutStatus.REJECTED, Map.of());

    static Stream<Arguments> matrix() {
        return Arrays.stream(PayoutStatus.values()).flatMap(from -> Arrays.stream(PayoutInput.values())
                .map(input -> Arguments.of(from, input, Optional.ofNullable(EXPECTED.get(from).get(input)))));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void eachInputFromEachStatus(PayoutStatus from, PayoutInput input, Optional<PayoutStatus> expected) {
        assertThat(from.on(input)).isEqualTo(expected);
    }

    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of(PayoutInput.APPROVE, Optional.empty()),
                Arguments.of(PayoutInput.REJECT, Optional.empty()),
                Arguments.of(PayoutInput.ACCEPTED, Optional.empty()),
                Arguments.of(PayoutInput.NOT_ACCEPTED, Optional.of(FailureStage.REJECTED)),
                Arguments.of(PayoutInput.REFUSED, Optional.of(FailureStage.REJECTED)),
                Arguments.of(PayoutInput.OUTCOME_UNKNOWN, Optional.empty()),
                Arguments.of(PayoutInput.CONFIRMATION, Optional.empty()),
                Arguments.of(PayoutInput.RETURN, Optional.of(FailureStage.RETURNED)),
                Arguments.of(PayoutInput.PAYOUT_FAILURE, Optional.of(FailureStage.PAYOUT_FAILED)),
                Arguments.of(PayoutInput.CANCEL, Optional.of(FailureStage.PAYOUT_FAILED)));
    }

    @ParameterizedTest(name = "{0} fails at {1}")
    @MethodSource("stages")
    void everyInputThatFailsAPayoutNamesItsStage(PayoutInput input, Optional<FailureStage> stage) {
        assertThat(input.failureStage()).isEqualTo(stage);
        boolean entersFailed = Arrays.stream(PayoutStatus.values())
                .anyMatch(from -> from.on(input).equals(Optional.of(PayoutStatus.FAILED)));
        assertThat(entersFailed).isEqualTo(stage.isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyRequestedAndUnknownPayoutsAreSent(PayoutStatus status) {
        assertThat(status.sendable()).isEqualTo(status == PayoutStatus.REQUESTED || status == PayoutStatus.UNKNOWN);
    }

    static Stream<PayoutStatus> statuses() {
        return Arrays.stream(PayoutStatus.values());
    }
}
