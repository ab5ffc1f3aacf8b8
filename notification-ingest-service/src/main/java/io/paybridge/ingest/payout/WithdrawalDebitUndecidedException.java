package io.paybridge.ingest.payout;

import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.util.Locale;

/**
 * payout-service did not decide a withdrawal's debit: answered 503 without a signed reply and with nothing
 * stored, so Trustly sends the debit again. A withdrawal debit is never acknowledged undecided.
 */
public class WithdrawalDebitUndecidedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** The problem type of an undecided withdrawal debit. */
    public static final ProblemType UNDECIDED = ProblemType.of("withdrawal-debit-undecided",
            "Withdrawal debit not decided", 503);

    /** Why no decision came back; each is a metric tag. */
    public enum Reason {
        /** No payout-service URL is configured. */
        NOT_CONFIGURED,
        /** payout-service could not be reached (connection refused or reset). */
        UNREACHABLE,
        /** No answer within the configured time. */
        TIMEOUT,
        /** payout-service answered with another HTTP status than 200. */
        ERROR_STATUS,
        /** A 200 whose body is not {@code {"status":"OK"|"FAILED"}}. */
        BAD_ANSWER;

        /** The metric tag, e.g. {@code error-status}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public WithdrawalDebitUndecidedException(Reason reason) {
        super(UNDECIDED, "This withdrawal's debit could not be decided now; nothing was stored or acknowledged."
                + " Send it again later.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
