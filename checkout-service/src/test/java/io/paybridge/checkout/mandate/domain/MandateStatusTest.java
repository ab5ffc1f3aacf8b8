package io.paybridge.checkout.mandate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mandate state machine over the whole from × input matrix. */
class MandateStatusTest {

    private static final MandateInput SENT = MandateInput.ACCOUNT_SENT_FOR_APPROVAL;
    private static final MandateInput ACTIVE = MandateInput.ACCOUNT_MANDATE_ACTIVE;
    private static final MandateInput CANCEL = MandateInput.CANCEL;

    /** Every from × input pair and the status it enters (absent: nothing changes). */
    private static final Map<MandateStatus, Map<MandateInput, MandateStatus>> EXPECTED = Map.of(
            MandateStatus.REQUESTED, Map.of(SENT, MandateStatus.PENDING_APPROVAL, ACTIVE, MandateStatus.ACTIVE,
                    CANCEL, MandateStatus.INACTIVE),
            MandateStatus.PENDING_APPROVAL, Map.of(ACTIVE, MandateStatus.ACTIVE, CANCEL, MandateStatus.INACTIVE),
            MandateStatus.ACTIVE, Map.of(CANCEL, MandateStatus.INACTIVE),
            MandateStatus.INACTIVE, Map.of());

    static Stream<Arguments> matrix() {
        return Arrays.stream(MandateStatus.values()).flatMap(from -> Arrays.stream(MandateInput.values())
                .map(input -> Arguments.of(from, input, Optional.ofNullable(EXPECTED.get(from).get(input)))));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void eachInputFromEachStatus(MandateStatus from, MandateInput input, Optional<MandateStatus> expected) {
        assertThat(from.on(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyAnActiveMandateIsChargeable(MandateStatus status) {
        assertThat(status.chargeable()).isEqualTo(status == MandateStatus.ACTIVE);
    }

    static Stream<MandateStatus> statuses() {
        return Arrays.stream(MandateStatus.values());
    }
}
