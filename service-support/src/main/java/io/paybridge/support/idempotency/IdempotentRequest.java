package io.paybridge.support.idempotency;

import io.paybridge.support.digest.Sha256;
import io.paybridge.support.problem.Problem;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mutating request identified by its {@code Idempotency-Key}: the scope the key lives in (the
 * caller and the operation), the key, and a hash of what was asked (method, path, body).
 */
public record IdempotentRequest(String scope, String key, String requestHash) {

    /** The header every mutating call carries. */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * Builds the request from the raw header value.
     *
     * @param scope who asks for what, e.g. {@code "checkout-app:POST /v1/deposits"}
     * @param key the {@code Idempotency-Key} header, possibly missing
     * @param canonicalRequest the request as bytes that are equal exactly when the requests are the same
     * @throws ProblemException 400 naming the header when the key is missing or unusable
     */
    public static IdempotentRequest of(String scope, String key, byte[] canonicalRequest) {
        if (key == null || key.isBlank()) {
            throw missing("is required on this call");
        }
        if (!KEY.matcher(key).matches()) {
            throw missing("must be 1 to 255 visible ASCII characters");
        }
        return new IdempotentRequest(scope, key, Sha256.hex(canonicalRequest));
    }

    private static ProblemException missing(String reason) {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_MISSING, HEADER + " " + reason,
                List.of(new Problem.InvalidParam(HEADER, reason)));
    }

    /** Convenience for text requests. */
    public static IdempotentRequest of(String scope, String key, String canonicalRequest) {
        return of(scope, key, canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }
}
