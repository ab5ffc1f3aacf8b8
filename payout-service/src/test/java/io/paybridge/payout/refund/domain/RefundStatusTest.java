package io.paybridge.payout.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The refund state machine over the whole from × input matrix. */
class RefundStatusTest {

    private static final Map<RefundStatus, Map<RefundInput, RefundStatus>> EXPECTED = Map.of(
            RefundStatus.REQUESTED, Map.of(
                    RefundInput.PSP_ACCEPTED, RefundStatus.ACCEPTED,
                    RefundInput.PSP_REFUSED, RefundStatus.FAILED,
                    RefundInput.PSP_UNANSWERED, RefundStatus.UNKNOWN,
                    RefundInput.PAYOUT_CONFIRMED, RefundStatus.CONFIRMED,
                    RefundInput.PAYOUT_FAILED, RefundStatus.FAILED,
                    RefundInput.RETURNED, RefundStatus.FAILED),
            RefundStatus.UNKNOWN, Map.of(
                    RefundInput.PSP_ACCEPTED, RefundStatus.ACCEPTED,
                    RefundInput.PSP_REFUSED, RefundStatus.FAILED,
                    RefundInput.PAYOUT_CONFIRMED, RefundStatus.CONFIRMED,
                    RefundInput.PAYOUT_FAILED, RefundStatus.FAILED,
                    RefundInput.RETURNED, RefundStatus.FAILED),
            RefundStatus.ACCEPTED, Map.of(
                    RefundInput.PAYOUT_CONFIRMED, RefundStatus.CONFIRMED,
                    RefundInput.PAYOUT_FAILED, RefundStatus.FAILED,
                    RefundInput.RETURNED, RefundStatus.FAILED),
            RefundStatus.CONFIRMED, Map.of(
                    RefundInput.PAYOUT_FAILED, RefundStatus.FAILED,
                    RefundInput.RETURNED, RefundStatus.FAILED),
            RefundStatus.FAILED, Map.of());

    static Stream<Arguments> matrix() {
        return Arrays.stream(RefundStatus.values()).flatMap(from -> Arrays.stream(RefundInput.values())
                .map(input -> Arguments.of(from, input, Optional.ofNullable(EXPECTED.get(from).get(input)))));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void eachInputFromEachStatus(RefundStatus from, RefundInput input, Optional<RefundStatus> expected) {
        assertThat(from.on(input)).isEqualTo(expected);
    }

    static Stream<RefundStatus> statuses() {
        return Arrays.stream(RefundStatus.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyRequestedAndUnknownRefundsAwaitThePspsAnswer(RefundStatus status) {
        assertThat(status.awaitsAnswer()).isEqualTo(status == RefundStatus.REQUESTED || status == RefundStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void everyRefundButAFailedOneHoldsItsAmount(RefundStatus status) {
        assertThat(status.holdsAmount()).isEqualTo(status != RefundStatus.FAILED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void exactlyTheInputsThatFailARefundNameTheirStage(RefundInput input) {
        Optional<RefundFailureStage> expected = switch (input) {
            case PSP_REFUSED -> Optional.of(RefundFailureStage.REJECTED);
            case PAYOUT_FAILED -> Optional.of(RefundFailureStage.PAYOUT_FAILED);
            case RETURNED -> Optional.of(RefundFailureStage.RETURNED);
            case PSP_ACCEPTED, PSP_UNANSWERED, PAYOUT_CONFIRMED -> Optional.empty();
        };
        assertThat(input.failureStage()).isEqualTo(expected);
        assertThat(RefundStatus.REQUESTED.on(input).filter(RefundStatus.FAILED::equals).isPresent())
                .isEqualTo(expected.isPresent());
    }

    static Stream<RefundInput> inputs() {
        return Arrays.stream(RefundInput.values());
    }
}
