package io.paybridge.payout.accountpayout;

import io.paybridge.support.problem.ProblemType;

/** The problem types of account payouts, one per cause a caller acts on. */
public final class PayoutProblems {

    /** The accountId is not an account the PSP reported for this end user. */
    public static final ProblemType ACCOUNT_NOT_KNOWN = ProblemType.of("account-not-known",
            "The account is not a known account of the end user", 422);
    /** Four eyes: the principal that asked for a payout cannot approve it. */
    public static final ProblemType APPROVAL_BY_REQUESTER = ProblemType.of("approval-by-requester",
            "A payout cannot be approved by the principal that requested it", 403);
    /** Approve or reject asked of a payout that is not waiting for approval (any more). */
    public static final ProblemType NOT_AWAITING_APPROVAL = ProblemType.of("payout-not-awaiting-approval",
            "The payout is not awaiting approval", 409);
    /** The PSP answered AccountPayout with {@code result "0"}: not accepted (e.g. the merchant's balance is short). */
    public static final ProblemType NOT_ACCEPTED = ProblemType.of("payout-not-accepted",
            "The PSP did not accept the payout", 422);

    private PayoutProblems() {
    }
}
