package io.paybridge.trustly.error;

/**
 * The HTTP exchange failed: no connection, a timeout, or an HTTP error status without a JSON-RPC body.
 * {@link #mayHaveReachedTrustly()} is false only when the connection was never established.
 */
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
