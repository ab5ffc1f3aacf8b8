package io.paybridge.payout.withdrawal.domain;

import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.APPROVAL_ACCEPTED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.APPROVE;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.CANCEL;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.CREDIT;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.DEBIT_ACCEPTED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.DECISION_REFUSED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.DENIAL_ACCEPTED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.DENY;
import static io.paybridge.payout.withdrawal.domain.WithdrawalInput.PAYOUT_CONFIRMED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.APPROVED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.APPROVING;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.CANCELLED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.CONFIRMED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.CREATED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.DEBITED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.DENIED;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.DENYING;
import static io.paybridge.payout.withdrawal.domain.WithdrawalStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The withdrawal state machine over the whole from × input matrix. */
class WithdrawalStatusTest {

    /** Every allowed transition; every pair not listed changes nothing. */
    private static final Map<WithdrawalStatus, Map<WithdrawalInput, WithdrawalStatus>> EXPECTED = Map.of(
            CREATED, Map.of(DEBIT_ACCEPTED, DEBITED, CANCEL, CANCELLED),
            DEBITED, Map.of(APPROVE, APPROVING, DENY, DENYING, PAYOUT_CONFIRMED, CONFIRMED, CREDIT, RETURNED,
                    CANCEL, CANCELLED),
            APPROVING, Map.of(APPROVAL_ACCEPTED, APPROVED, DECISION_REFUSED, DEBITED, PAYOUT_CONFIRMED, CONFIRMED,
                    CREDIT, RETURNED),
            DENYING, Map.of(DENIAL_ACCEPTED, DENIED, DECISION_REFUSED, DEBITED, CREDIT, DENIED),
            APPROVED, Map.of(PAYOUT_CONFIRMED, CONFIRMED, CREDIT, RETURNED),
            DENIED, Map.of(),
            CONFIRMED, Map.of(CREDIT, RETURNED),
            CANCELLED, Map.of(),
            RETURNED, Map.of());

    static Stream<Arguments> matrix() {
        return Arrays.stream(WithdrawalStatus.values()).flatMap(from -> Arrays.stream(WithdrawalInput.values())
                .map(input -> Arguments.of(from, input, Optional.ofNullable(EXPECTED.get(from).get(input)))));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("matrix")
    void eachInputFromEachStatus(WithdrawalStatus from, WithdrawalInput input, Optional<WithdrawalStatus> expected) {
        assertThat(from.on(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WithdrawalStatus.class)
    void onlyACreatedWithdrawalAwaitsItsDebit(WithdrawalStatus status) {
        assertThat(status.awaitsDebit()).isEqualTo(status == CREATED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WithdrawalStatus.class)
    void onlyApprovingAndDenyingWaitForADecisionsAnswer(WithdrawalStatus status) {
        assertThat(status.deciding()).isEqualTo(status == APPROVING || status == DENYING);
    }
}
