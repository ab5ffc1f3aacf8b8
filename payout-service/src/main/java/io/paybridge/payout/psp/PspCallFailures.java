package io.paybridge.payout.psp;

import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.error.ErrorCode;
import io.paybridge.trustly.error.ErrorFamily;
import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyException;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.paybridge.trustly.error.TrustlyUnknownErrorException;
import io.paybridge.trustly.error.TrustlyValidationException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sorts a failed PSP call into what money-out must do with it, and the API error its caller can act on: the
 * merchant's own mistake as a 422 naming the field, our configuration (credentials, keys) as a 502 with a log line
 * for operators, an unknown outcome as a 504. For money out an unknown outcome is never a failure: the order may
 * exist, so it is resent with the same UUID until the PSP answers.
 */
public final class PspCallFailures {

    /** The PSP refused the request for something the caller sent (invalid amount, currency, parameter). */
    public static final ProblemType PSP_REJECTED = ProblemType.of("psp-rejected", "The PSP refused the request", 422);
    /** The PSP refused us (credentials, signature, configuration): nothing the caller can fix. */
    public static final ProblemType PSP_FAILED = ProblemType.of("psp-failed", "The PSP call failed", 502);
    /** No verified answer after the retries: the order may exist; it is resolved with the same request and UUID. */
    public static final ProblemType PSP_OUTCOME_UNKNOWN = ProblemType.of("psp-outcome-unknown", "The PSP's answer is unknown", 504);
    /** Recent calls failed; calls are paused for a while instead of piling up. */
    public static final ProblemType PSP_UNAVAILABLE = ProblemType.of("psp-unavailable", "The PSP is unavailable", 503);

    private static final Logger LOG = Logger.getLogger(PspCallFailures.class);

    private PspCallFailures() {
    }

    /** Whether {@code failure} is about the PSP call (the PSP's answer, its absence, the circuit) rather than a bug of ours. */
    public static boolean isPspFailure(Throwable failure) {
        return failure instanceof TrustlyException || failure instanceof TimeoutException
                || failure instanceof CircuitBreakerOpenException;
    }

    /**
     * Whether the PSP may have acted although no answer says so: no verified answer, 620 ERROR_UNKNOWN (psp-sandbox
     * answers it after executing), or 688 ERROR_DUPLICATE_UUID (a UUID the PSP saw before: the first request may
     * have been executed).
     */
    public static boolean outcomeUnknown(Throwable failure) {
        return failure instanceof TrustlyOutcomeUnknownException || failure instanceof TimeoutException
                || failure instanceof TrustlyUnknownErrorException
                || failure instanceof TrustlyApiException api && api.errorCode().orElse(null) == ErrorCode.DUPLICATE_UUID;
    }

    /** What a failed call of {@code method} came to (see {@link PspAttempt}); {@code failure} is a PSP failure. */
    public static <R> PspAttempt<R> attempt(String method, Throwable failure) {
        if (outcomeUnknown(failure)) {
            LOG.warnf("%s: no verified answer from the PSP after retries (%s); it is resent with the same UUID",
                    method, failure.toString());
            return new PspAttempt.Unanswered<>(failure instanceof TrustlyApiException api
                    ? api.code() + " " + api.name() : failure.getClass().getSimpleName());
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new PspAttempt.NotSent<>("calls to the PSP are paused after repeated failures");
        }
        ProblemException problem = (ProblemException) toProblem(method, failure);
        if (failure instanceof TrustlyApiException api) {
            return new PspAttempt.Refused<>(Integer.toString(api.code()), api.name(), problem);
        }
        if (failure instanceof TrustlyValidationException invalid) {
            return new PspAttempt.Refused<>("INVALID_" + invalid.field().toUpperCase(Locale.ROOT), invalid.getMessage(),
                    problem);
        }
        return new PspAttempt.Refused<>(null, failure.getClass().getSimpleName(), problem);
    }

    /** The problem for a failure of {@code method}; failures that are not the PSP's are returned unchanged. */
    public static Throwable toProblem(String method, Throwable failure) {
        if (failure instanceof TrustlyValidationException invalid) {
            return new ProblemException(PSP_REJECTED, "the PSP does not accept " + invalid.field() + ": " + invalid.getMessage(),
                    List.of(new InvalidParam(invalid.field(), invalid.getMessage())));
        }
        if (outcomeUnknown(failure)) {
            return new ProblemException(PSP_OUTCOME_UNKNOWN, "the PSP did not answer " + method + " in time; it is resent"
                    + " with the same request until it answers: the order is never made twice");
        }
        if (failure instanceof TrustlyApiException api) {
            return apiError(method, api);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new ProblemException(PSP_UNAVAILABLE, "calls to the PSP are paused after repeated failures; retry later");
        }
        return failure instanceof TrustlyException ? new ProblemException(PSP_FAILED, method + " failed at the PSP") : failure;
    }

    private static ProblemException apiError(String method, TrustlyApiException api) {
        String code = api.code() + " " + api.name();
        return switch (api.family()) {
            case INVALID_AMOUNT -> rejected(method, code, "amount", "the PSP refuses this amount");
            case INVALID_CURRENCY -> rejected(method, code, "currency", "the PSP does not take this currency for this merchant");
            case INVALID_PARAMETERS, INVALID_BANK_ACCOUNT, NOT_FOUND -> new ProblemException(PSP_REJECTED,
                    "the PSP refused " + method + " with " + code);
            case CREDENTIALS, SIGNATURE -> {
                LOG.errorf("the PSP refused our %s: %s on %s. Check PAYBRIDGE_TRUSTLY_USERNAME, PAYBRIDGE_TRUSTLY_PASSWORD and"
                        + " that the public half of PAYBRIDGE_TRUSTLY_PRIVATE_KEY_FILE is registered with the PSP",
                        api.family() == ErrorFamily.CREDENTIALS ? "credentials" : "signature", code, method);
                yield new ProblemException(PSP_FAILED, "the PSP refused this service's credentials; operators have been told");
            }
            default -> {
                LOG.errorf("the PSP answered %s with %s", method, code);
                yield new ProblemException(PSP_FAILED, "the PSP answered " + method + " with " + code);
            }
        };
    }

    private static ProblemException rejected(String method, String code, String field, String reason) {
        return new ProblemException(PSP_REJECTED, reason + " (" + method + ": " + code + ")",
                List.of(new InvalidParam(field, reason)));
    }
}
