package io.paybridge.checkout.psp;

import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.paybridge.trustly.error.ErrorFamily;
import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyException;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.paybridge.trustly.error.TrustlyValidationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns a failed PSP call into the API error its caller can act on: the merchant's own mistake as a 422
 * naming the field, our configuration (credentials, keys) as a 502 with a log line for operators, and an
 * unknown outcome as a 504 that tells the caller to retry with the same Idempotency-Key.
 */
public final class PspCallFailures {

    /** The PSP refused the request for something the caller sent (invalid amount, currency, parameter). */
    public static final ProblemType PSP_REJECTED = ProblemType.of("psp-rejected", "The PSP refused the request", 422);
    /** The PSP refused us (credentials, signature, configuration): nothing the caller can fix. */
    public static final ProblemType PSP_FAILED = ProblemType.of("psp-failed", "The PSP call failed", 502);
    /** No verified answer after the retries: the order may exist; the same Idempotency-Key resolves it. */
    public static final ProblemType PSP_OUTCOME_UNKNOWN = ProblemType.of("psp-outcome-unknown", "The PSP's answer is unknown", 504);
    /** Recent calls failed; calls are paused for a while instead of piling up. */
    public static final ProblemType PSP_UNAVAILABLE = ProblemType.of("psp-unavailable", "The PSP is unavailable", 503);

    private static final Logger LOG = Logger.getLogger(PspCallFailures.class);

    private PspCallFailures() {
    }

    /** The problem for a failure of {@code method}; failures that are not the PSP's are returned unchanged. */
    public static Throwable toProblem(String method, Throwable failure) {
        if (failure instanceof TrustlyValidationException invalid) {
            return new ProblemException(PSP_REJECTED, "the PSP does not accept " + invalid.field() + ": " + invalid.getMessage(),
                    List.of(new InvalidParam(invalid.field(), invalid.getMessage())));
        }
        if (failure instanceof TrustlyApiException api) {
            return apiError(method, api);
        }
        if (failure instanceof TrustlyOutcomeUnknownException || failure instanceof TimeoutException) {
            LOG.warnf("%s: no verified answer from the PSP after retries (%s)", method, failure.toString());
            return new ProblemException(PSP_OUTCOME_UNKNOWN, "the PSP did not answer " + method + " in time; retry with the"
                    + " same Idempotency-Key: the order is never created twice");
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
