package io.paybridge.payout.refund.domain;

import io.paybridge.support.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a credited deposit takes a refund of an amount now. Refunds that failed do not count: they gave their
 * amount back. The reservation calls this holding the deposit's row lock, so two refunds never both take the last
 * of the money; the database's CHECK refuses it even if this were wrong.
 *
 * @param reversed whether the PSP reversed the deposit
 * @param currency the deposit's currency
 * @param creditedMinor what came in
 * @param refundedMinor what its refunds that have not failed add up to
 * @param refundCount how many refunds have not failed
 * @param creditedAt when the money came in
 */
public record Refundability(boolean reversed, String currency, long creditedMinor, long refundedMinor, int refundCount,
        Instant creditedAt) {

    /** Why a refund of {@code amount} at {@code now} is refused, if it is. */
    public Optional<Refusal> refusal(Money amount, RefundLimits limits, Instant now) {
        if (reversed) {
            return refuse(Refusal.Reason.DEPOSIT_REVERSED, null,
                    "the PSP reversed the deposit (a debit after its credit); it cannot be refunded");
        }
        if (!currency.equals(amount.currencyCode())) {
            return refuse(Refusal.Reason.CURRENCY_MISMATCH, "currency",
                    "the deposit was paid in " + currency + "; a refund is in the same currency");
        }
        if (refundCount >= limits.maxCount()) {
            return refuse(Refusal.Reason.COUNT_LIMIT, null, "the deposit has " + refundCount
                    + " refunds, the most allowed (paybridge.payout.refund.max-count " + limits.maxCount() + ")");
        }
        if (Duration.between(creditedAt, now).compareTo(limits.maxAge()) > 0) {
            return refuse(Refusal.Reason.AGE_LIMIT, null, "the deposit was credited at " + creditedAt
                    + "; refunds are allowed for " + limits.maxAge() + " after the credit (paybridge.payout.refund.max-age)");
        }
        Money remaining = Money.ofMinor(creditedMinor - refundedMinor, currency);
        if (amount.compareTo(remaining) > 0) {
            return refuse(Refusal.Reason.EXCEEDS_REMAINING, "amount", "the deposit has " + remaining.toDecimalString()
                    + " " + currency + " left to refund (credited " + Money.ofMinor(creditedMinor, currency).toDecimalString()
                    + ", refunded " + Money.ofMinor(refundedMinor, currency).toDecimalString() + ")");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(Refusal.Reason reason, String field, String detail) {
        return Optional.of(new Refusal(reason, field, detail));
    }
}
