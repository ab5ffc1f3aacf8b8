package io.paybridge.payout.withdrawal.domain;

import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.Money;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How a withdrawal's debit notification is answered: OK (the merchant deducts the amount) only when the withdrawal
 * waits for its debit, the currency is the withdrawal's and the amount is positive and within its limits; FAILED
 * otherwise, which makes the PSP abort the withdrawal.
 *
 * @param amountMinor the debited amount in minor units when it is readable in the withdrawal's currency, else 0
 */
public record DebitDecision(boolean ok, Reason reason, long amountMinor) {

    /** Why a debit was answered as it was; stored with the answer. */
    public enum Reason {
        /** It fits: answered OK. */
        FITS,
        /** No withdrawal has the debit's MessageID. */
        UNKNOWN_WITHDRAWAL,
        /** The withdrawal's PSP order is another one than the debit's. */
        OTHER_ORDER,
        /** The withdrawal is not waiting for its debit (cancelled, or debited already). */
        NOT_AWAITING_DEBIT,
        /** The debit's currency is not the withdrawal's. */
        CURRENCY_MISMATCH,
        /** The amount is missing, not a decimal in the currency's precision, or not positive. */
        AMOUNT_INVALID,
        /** Below the withdrawal's minimum. */
        BELOW_MINIMUM,
        /** Above the withdrawal's maximum. */
        ABOVE_MAXIMUM;

        /** The stored spelling, e.g. {@code currency-mismatch}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The answer to a debit whose MessageID names no withdrawal. */
    public static DebitDecision unknownWithdrawal() {
        return new DebitDecision(false, Reason.UNKNOWN_WITHDRAWAL, 0);
    }

    /**
     * The answer to a debit of {@code amount} {@code currency} (as the PSP sent them) on PSP order
     * {@code debitOrderId}, for a withdrawal in {@code status} on {@code pspOrderId} in {@code withdrawalCurrency},
     * within the optional limits in minor units.
     */
    public static DebitDecision decide(WithdrawalStatus status, String pspOrderId, String withdrawalCurrency,
            OptionalLong minMinor, OptionalLong maxMinor, String debitOrderId, String amount, String currency) {
        if (!pspOrderId.equals(debitOrderId)) {
            return failed(Reason.OTHER_ORDER);
        }
        if (!status.awaitsDebit()) {
            return failed(Reason.NOT_AWAITING_DEBIT);
        }
        if (!withdrawalCurrency.equals(currency)) {
            return failed(Reason.CURRENCY_MISMATCH);
        }
        long minor;
        try {
            minor = Money.parse(amount, withdrawalCurrency).minorUnits();
        } catch (InvalidAmountException e) {
            return failed(Reason.AMOUNT_INVALID);
        }
        if (minor <= 0) {
            return failed(Reason.AMOUNT_INVALID);
        }
        if (minMinor.isPresent() && minor < minMinor.getAsLong()) {
            return new DebitDecision(false, Reason.BELOW_MINIMUM, minor);
        }
        if (maxMinor.isPresent() && minor > maxMinor.getAsLong()) {
            return new DebitDecision(false, Reason.ABOVE_MAXIMUM, minor);
        }
        return new DebitDecision(true, Reason.FITS, minor);
    }

    /** The status the PSP is answered with. */
    public String status() {
        return ok ? "OK" : "FAILED";
    }

    private static DebitDecision failed(Reason reason) {
        return new DebitDecision(false, reason, 0);
    }
}
