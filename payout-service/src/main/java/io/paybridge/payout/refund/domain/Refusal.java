package io.paybridge.payout.refund.domain;

/** Why a deposit takes no refund of the asked amount now, with the request field at fault (null when none is). */
public record Refusal(Reason reason, String field, String detail) {

    /** The causes a caller acts on differently. */
    public enum Reason {
        /** The PSP reversed the deposit. */
        DEPOSIT_REVERSED,
        /** The refund's currency is not the deposit's. */
        CURRENCY_MISMATCH,
        /** The deposit has as many refunds as allowed. */
        COUNT_LIMIT,
        /** The deposit was credited longer ago than refunds are allowed. */
        AGE_LIMIT,
        /** The amount is more than the deposit has left to refund. */
        EXCEEDS_REMAINING
    }
}
