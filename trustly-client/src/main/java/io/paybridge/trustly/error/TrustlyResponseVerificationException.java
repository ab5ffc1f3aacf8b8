package io.paybridge.trustly.error;

/** An answer that cannot be trusted or read: not JSON-RPC, bad signature, other uuid, unexpected shape. */
public class TrustlyResponseVerificationException extends TrustlyOutcomeUnknownException {

    public TrustlyResponseVerificationException(String method, String uuid, String message) {
        super(method, uuid, message, null);
    }
}
