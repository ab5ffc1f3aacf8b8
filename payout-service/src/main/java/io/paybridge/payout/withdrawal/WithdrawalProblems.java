package io.paybridge.payout.withdrawal;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;

/** The problems of the withdrawal endpoints beyond validation and the PSP call's own. */
public final class WithdrawalProblems {

    /** Approve or deny asked of a withdrawal that does not wait for that decision. */
    public static final ProblemType NOT_AWAITING_DECISION = ProblemType.of("withdrawal-not-awaiting-decision",
            "The withdrawal does not wait for this decision", 409);
    /** The PSP answered the decision with {@code result "0"}. */
    public static final ProblemType DECISION_REFUSED = ProblemType.of("withdrawal-decision-refused",
            "The PSP refused the decision", 422);

    private WithdrawalProblems() {
    }

    /** 404 for an unknown withdrawal id. */
    public static ProblemException notFound(String withdrawalId) {
        return new ProblemException(ProblemType.NOT_FOUND, "no withdrawal " + withdrawalId);
    }
}
