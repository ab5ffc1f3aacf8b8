package io.paybridge.trustly.notification;

import io.paybridge.trustly.error.TrustlyException;

/** A rejected notification (not JSON-RPC, not signed by Trustly, missing a member): do not process it. */
public class TrustlyNotificationException extends TrustlyException {

    public TrustlyNotificationException(String message) {
        super(message);
    }
}
