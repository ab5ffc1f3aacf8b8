package io.paybridge.trustly.error;

/**
 * A response arrived but cannot be trusted or understood: not JSON, not JSON-RPC, a signature that does
 * not verify with the environment's Trustly key, another request's uuid, or data of an unexpected shape.
 */
public class TrustlyResponseVerificationException extends TrustlyOutcomeUnknownException {

    public TrustlyResponseVerificationException(String method, String uuid, String message) {
        super(method, uuid, message, null);
    }
}
