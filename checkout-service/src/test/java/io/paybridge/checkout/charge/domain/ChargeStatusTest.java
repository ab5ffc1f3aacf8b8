package io.paybridge.checkout.charge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The charge state machine over the whole from × input matrix. */
class ChargeStatusTest {

    private static final Map<ChargeStatus, Map<ChargeInput, ChargeStatus>> EXPECTED = Map.of(
            ChargeStatus.REQUESTED, Map.of(ChargeInput.PENDING, ChargeStatus.PENDING, ChargeInput.CREDIT, ChargeStatus.CREDITED,
                    ChargeInput.CANCEL, ChargeStatus.FAILED, ChargeInput.MERCHANT_CANCEL, ChargeStatus.CANCELLED),
            ChargeStatus.PENDING, Map.of(ChargeInput.CREDIT, ChargeStatus.CREDITED, ChargeInput.CANCEL, ChargeStatus.FAILED,
                    ChargeInput.MERCHANT_CANCEL, ChargeStatus.CANCELLED),
            ChargeStatus.CREDITED, Map.of(),
            ChargeStatus.REJECTED, Map.of(),
            ChargeStatus.CANCELLED, Map.of(ChargeInput.CREDIT, ChargeStatus.CREDITED),
            ChargeStatus.FAILED, Map.of(ChargeInput.CREDIT, ChargeStatus.CREDITED));

    static Stream<Arguments> matrix() {
        return Arrays.stream(ChargeStatus.values()).flatMap(from -> Arrays.stream(ChargeInput.values())
                .map(input -> Arguments.of(from, input, Optional.ofNullable(EXPECTED.get(from).get(input)))));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void eachInputFromEachStatus(ChargeStatus from, ChargeInput input, Optional<ChargeStatus> expected) {
        assertThat(from.on(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyRequestedAndPendingChargesCanBeCancelled(ChargeStatus status) {
        assertThat(status.cancellable()).isEqualTo(status == ChargeStatus.REQUESTED || status == ChargeStatus.PENDING);
    }

    static Stream<ChargeStatus> statuses() {
        return Arrays.stream(ChargeStatus.values());
    }
}
