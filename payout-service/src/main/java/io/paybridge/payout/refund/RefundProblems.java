package io.paybridge.payout.refund;

import io.paybridge.payout.refund.domain.Refusal;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.util.List;

/** The problem types of refunds, one per cause a caller acts on; each is answered before anything is reserved. */
public final class RefundProblems {

    /** No credited deposit of that orderRef is known (unknown, or not credited yet). */
    public static final ProblemType DEPOSIT_NOT_REFUNDABLE = ProblemType.of("deposit-not-refundable",
            "The deposit cannot be refunded", 422);
    /** The PSP reversed the deposit (a debit after the credit). */
    public static final ProblemType DEPOSIT_REVERSED = ProblemType.of("deposit-reversed", "The deposit was reversed", 422);
    /** The refund's currency is not the deposit's. */
    public static final ProblemType CURRENCY_MISMATCH = ProblemType.of("refund-currency-mismatch",
            "The refund's currency is not the deposit's", 422);
    /** The deposit has as many refunds as {@code paybridge.payout.refund.max-count} allows. */
    public static final ProblemType COUNT_LIMIT = ProblemType.of("refund-count-limit", "The deposit has the most refunds allowed", 422);
    /** The deposit was credited longer ago than {@code paybridge.payout.refund.max-age}. */
    public static final ProblemType AGE_LIMIT = ProblemType.of("refund-age-limit", "The deposit is too old to refund", 422);
    /** The amount is more than the deposit has left to refund. */
    public static final ProblemType EXCEEDS_REMAINING = ProblemType.of("refund-exceeds-remaining",
            "The refund exceeds what the deposit has left", 422);
    /** A command names a refundId another refund has. */
    public static final ProblemType REFUND_ID_TAKEN = ProblemType.of("refund-id-taken", "The refundId is taken", 422);
    /** The PSP answered Refund with {@code result "0"}. */
    public static final ProblemType REFUND_NOT_ACCEPTED = ProblemType.of("refund-not-accepted",
            "The PSP did not accept the refund", 422);

    private RefundProblems() {
    }

    /** The 422 for a deposit this service knows no credit of. */
    public static ProblemException notRefundable(String orderRef) {
        String detail = "no credited deposit " + orderRef + " is known; a deposit can be refunded once it is credited";
        return new ProblemException(DEPOSIT_NOT_REFUNDABLE, detail, List.of(new InvalidParam("orderRef", detail)));
    }

    /** The 422 answering {@code refusal}, naming its field when one is at fault. */
    public static ProblemException of(Refusal refusal) {
        ProblemType type = switch (refusal.reason()) {
            case DEPOSIT_REVERSED -> DEPOSIT_REVERSED;
            case CURRENCY_MISMATCH -> CURRENCY_MISMATCH;
            case COUNT_LIMIT -> COUNT_LIMIT;
            case AGE_LIMIT -> AGE_LIMIT;
            case EXCEEDS_REMAINING -> EXCEEDS_REMAINING;
        };
        return refusal.field() == null ? new ProblemException(type, refusal.detail())
                : new ProblemException(type, refusal.detail(), List.of(new InvalidParam(refusal.field(), refusal.detail())));
    }
}
