package io.paybridge.payout.withdrawal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.payout.withdrawal.domain.DebitDecision.Reason;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A withdrawal's debit is answered OK only when it waits for it and the amount and currency fit. */
class DebitDecisionTest {

    private static final String ORDER = "1234567890";
    private static final OptionalLong MIN = OptionalLong.of(1000);
    private static final OptionalLong MAX = OptionalLong.of(50000);

    private static DebitDecision debit(WithdrawalStatus status, String amount, String currency) {
        return DebitDecision.decide(status, ORDER, "EUR", MIN, MAX, ORDER, amount, currency);
    }

    @Test
    void aDebitWithinTheLimitsOfACreatedWithdrawalIsOkWithItsAmount() {
        assertThat(debit(WithdrawalStatus.CREATED, "250.00", "EUR")).isEqualTo(new DebitDecision(true, Reason.FITS, 25000));
        assertThat(debit(WithdrawalStatus.CREATED, "10", "EUR")).isEqualTo(new DebitDecision(true, Reason.FITS, 1000));
        assertThat(debit(WithdrawalStatus.CREATED, "500.00000", "EUR")).isEqualTo(new DebitDecision(true, Reason.FITS, 50000));
        assertThat(debit(WithdrawalStatus.CREATED, "250.00", "EUR").status()).isEqualTo("OK");
    }

    @Test
    void withoutLimitsAnyPositiveAmountFits() {
        assertThat(DebitDecision.decide(WithdrawalStatus.CREATED, ORDER, "SEK", OptionalLong.empty(), OptionalLong.empty(),
                ORDER, "0.01", "SEK")).isEqualTo(new DebitDecision(true, Reason.FITS, 1));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("9.99", "EUR", new DebitDecision(false, Reason.BELOW_MINIMUM, 999)),
                Arguments.of("500.01", "EUR", new DebitDecision(false, Reason.ABOVE_MAXIMUM, 50001)),
                Arguments.of("250.00", "SEK", new DebitDecision(false, Reason.CURRENCY_MISMATCH, 0)),
                Arguments.of("250.00", null, new DebitDecision(false, Reason.CURRENCY_MISMATCH, 0)),
                Arguments.of("0.00", "EUR", new DebitDecision(false, Reason.AMOUNT_INVALID, 0)),
                Arguments.of("-20.00", "EUR", new DebitDecision(false, Reason.AMOUNT_INVALID, 0)),
                Arguments.of("20.001", "EUR", new DebitDecision(false, Reason.AMOUNT_INVALID, 0)),
                Arguments.of("twenty", "EUR", new DebitDecision(false, Reason.AMOUNT_INVALID, 0)),
                Arguments.of(null, "EUR", new DebitDecision(false, Reason.AMOUNT_INVALID, 0)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("failures")
    void aDebitThatDoesNotFitIsFailed(String amount, String currency, DebitDecision expected) {
        DebitDecision decision = debit(WithdrawalStatus.CREATED, amount, currency);

        assertThat(decision).isEqualTo(expected);
        assertThat(decision.status()).isEqualTo("FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = WithdrawalStatus.class, names = "CREATED", mode = EnumSource.Mode.EXCLUDE)
    void aWithdrawalThatDoesNotWaitForItsDebitFailsIt(WithdrawalStatus status) {
        assertThat(debit(status, "250.00", "EUR")).isEqualTo(new DebitDecision(false, Reason.NOT_AWAITING_DEBIT, 0));
    }

    @Test
    void aDebitOnAnotherPspOrderOrForNoWithdrawalIsFailed() {
        assertThat(DebitDecision.decide(WithdrawalStatus.CREATED, ORDER, "EUR", MIN, MAX, "999", "250.00", "EUR"))
                .isEqualTo(new DebitDecision(false, Reason.OTHER_ORDER, 0));
        assertThat(DebitDecision.unknownWithdrawal()).isEqualTo(new DebitDecision(false, Reason.UNKNOWN_WITHDRAWAL, 0));
        assertThat(Reason.CURRENCY_MISMATCH.tag()).isEqualTo("currency-mismatch");
    }
}
