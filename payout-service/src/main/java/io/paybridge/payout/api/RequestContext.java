package io.paybridge.payout.api;

import io.paybridge.support.problem.ProblemException;
import java.util.UUID;
import java.util.regex.Pattern;

/** What a mutating call carries besides its body: the correlation id it joins. */
public final class RequestContext {

    /** The header a caller may set to correlate a payment with its own records. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestContext() {
    }

    /** The caller's correlation id, or a new one; a malformed one is refused (400 naming the header). */
    public static String correlationId(String header) {
        if (header == null) {
            return UUID.randomUUID().toString();
        }
        if (!CORRELATION_ID.matcher(header).matches()) {
            throw ProblemException.invalid(CORRELATION_HEADER, "must be 1 to 64 letters, digits or . _ : -");
        }
        return header;
    }
}
