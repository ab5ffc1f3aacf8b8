package io.paybridge.trustly.error;

/** No HTTP answer (connection, timeout) or an error status without a JSON-RPC body. */
public class TrustlyTransportException extends TrustlyOutcomeUnknownException {

    private final boolean mayHaveReachedTrustly;

    public TrustlyTransportException(String method, String uuid, String message, boolean mayHaveReachedTrustly,
            Throwable cause) {
        super(method, uuid, message, cause);
        this.mayHaveReachedTrustly = mayHaveReachedTrustly;
    }

    /** False when the request certainly never left (connection refused, unknown host, connect timeout). */
    public boolean mayHaveReachedTrustly() {
        return mayHaveReachedTrustly;
    }
}
