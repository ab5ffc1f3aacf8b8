package io.paybridge.trustly.notification;

import io.paybridge.trustly.error.TrustlyException;

/**
 * A notification was rejected: not JSON-RPC, not signed by the environment's Trustly key, or without a
 * member its method requires. Do not process it; Trustly resends notifications that were not answered.
 */
public class TrustlyNotificationException extends TrustlyException {

    public TrustlyNotificationException(String message) {
        super(message);
    }
}
