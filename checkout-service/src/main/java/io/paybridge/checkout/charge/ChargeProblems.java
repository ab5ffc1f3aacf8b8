package io.paybridge.checkout.charge;

import io.paybridge.support.problem.ProblemType;

/** The problem types of charges, one per cause a caller acts on. */
public final class ChargeProblems {

    /** The mandate exists but cannot be charged (not approved yet, or inactive). */
    public static final ProblemType MANDATE_NOT_ACTIVE = ProblemType.of("mandate-not-active", "The mandate is not active", 422);
    /** The charge can no longer be cancelled: its status, no PaymentDate, or past 18:00 the day before. */
    public static final ProblemType NOT_CANCELLABLE = ProblemType.of("charge-not-cancellable", "The charge cannot be cancelled", 422);
    /** The PSP refused CancelCharge (e.g. "Payment already executed"). */
    public static final ProblemType CANCEL_REJECTED = ProblemType.of("charge-cancel-rejected", "The PSP refused to cancel the charge", 422);

    private ChargeProblems() {
    }
}
