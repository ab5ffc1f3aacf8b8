package io.paybridge.payout.refund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.paybridge.support.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which refunds a credited deposit takes, and the first reason it refuses one. */
class RefundabilityTest {

    private static final Instant CREDITED_AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant NOW = CREDITED_AT.plus(Duration.ofDays(10));
    private static final RefundLimits LIMITS = new RefundLimits(3, Duration.ofDays(30));

    private static Refundability deposit(long refundedMinor, int refundCount) {
        return new Refundability(false, "EUR", 10_000, refundedMinor, refundCount, CREDITED_AT);
    }

    @Test
    void theWholeRemainderIsRefundableAndOneCentMoreIsNot() {
        assertThat(deposit(2_500, 1).refusal(Money.ofMinor(7_500, "EUR"), LIMITS, NOW)).isEmpty();

        Optional<Refusal> refusal = deposit(2_500, 1).refusal(Money.ofMinor(7_501, "EUR"), LIMITS, NOW);

        assertThat(refusal).map(Refusal::reason).contains(Refusal.Reason.EXCEEDS_REMAINING);
        assertThat(refusal).map(Refusal::field).contains("amount");
        assertThat(refusal.get().detail()).contains("75.00 EUR left to refund");
    }

    @Test
    void aReversedDepositTakesNoRefundWhateverElseHolds() {
        Refundability reversed = new Refundability(true, "EUR", 10_000, 0, 0, CREDITED_AT);

        assertThat(reversed.refusal(Money.ofMinor(100, "EUR"), LIMITS, NOW)).map(Refusal::reason)
                .contains(Refusal.Reason.DEPOSIT_REVERSED);
    }

    @Test
    void anotherCurrencyIsRefusedNamingTheCurrency() {
        assertThat(deposit(0, 0).refusal(Money.ofMinor(100, "SEK"), LIMITS, NOW))
                .map(refusal -> refusal.reason() + " " + refusal.field()).contains("CURRENCY_MISMATCH currency");
    }

    @Test
    void theCountCapCountsRefundsThatHaveNotFailed() {
        assertThat(deposit(300, 2).refusal(Money.ofMinor(100, "EUR"), LIMITS, NOW)).isEmpty();
        assertThat(deposit(300, 3).refusal(Money.ofMinor(100, "EUR"), LIMITS, NOW)).map(Refusal::reason)
                .contains(Refusal.Reason.COUNT_LIMIT);
    }

    @Test
    void theAgeCapEndsRefundsThatLongAfterTheCredit() {
        assertThat(deposit(0, 0).refusal(Money.ofMinor(100, "EUR"), LIMITS, CREDITED_AT.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(deposit(0, 0).refusal(Money.ofMinor(100, "EUR"), LIMITS, CREDITED_AT.plus(Duration.ofDays(30)).plusSeconds(1)))
                .map(Refusal::reason).contains(Refusal.Reason.AGE_LIMIT);
    }
}
