package io.paybridge.trustly.client;

import io.paybridge.trustly.error.TrustlyApiException;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.paybridge.trustly.error.TrustlyTransportException;
import java.time.Duration;

/**
 * Told when each Trustly call starts and how it ended, for metrics and traces: the method, how long it took, and its
 * outcome. It sees neither the request nor the answer, so it cannot leak credentials or personal data. {@link #started}
 * runs on the caller's thread, in the caller's context (a span started there is the caller's child); neither may block.
 */
@FunctionalInterface
public interface TrustlyCallObserver {

    /** Observes nothing. */
    TrustlyCallObserver NONE = method -> (took, outcome) -> { };

    /** The outcome of a call that answered {@code result}. */
    String OK = "ok";
    /** The outcome of a call whose effect at Trustly is unknown (no answer, or an answer that could not be read). */
    String UNKNOWN = "unknown";
    /** The outcome of a call that never reached Trustly (the connection was refused). */
    String UNREACHABLE = "unreachable";
    /** The outcome of a call refused before it was sent (invalid request). */
    String NOT_SENT = "not_sent";

    /** Called as a call of {@code method} starts; the returned {@link Call} is told how it ended. */
    Call started(String method);

    /** One call under way. */
    @FunctionalInterface
    interface Call {

        /**
         * Called once, when the call ended; {@code outcome} is {@link #OK}, Trustly's error code (e.g. {@code "620"}),
         * {@link #UNKNOWN}, {@link #UNREACHABLE} or {@link #NOT_SENT}.
         */
        void completed(Duration took, String outcome);
    }

    /** Both observers, {@code first} told first. */
    static TrustlyCallObserver both(TrustlyCallObserver first, TrustlyCallObserver second) {
        return method -> {
            Call one = first.started(method);
            Call two = second.started(method);
            return (took, outcome) -> {
                one.completed(took, outcome);
                two.completed(took, outcome);
            };
        };
    }

    /** The outcome label of a call that failed with {@code failure}. */
    static String outcomeOf(Throwable failure) {
        if (failure instanceof TrustlyApiException error) {
            return Integer.toString(error.code());
        }
        if (failure instanceof TrustlyTransportException transport && !transport.mayHaveReachedTrustly()) {
            return UNREACHABLE;
        }
        if (failure instanceof TrustlyOutcomeUnknownException) {
            return UNKNOWN;
        }
        return NOT_SENT;
    }
}
