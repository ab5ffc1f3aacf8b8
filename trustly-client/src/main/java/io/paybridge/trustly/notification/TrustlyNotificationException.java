package io.paybridge.trustly.notification;

import io.paybridge.trustly.error.TrustlyException;
import java.util.Objects;

/** A rejected notification (not JSON-RPC, not signed by Trustly, missing a member): do not process it. */
public class TrustlyNotificationException extends TrustlyException {

    /** Why a notification was rejected. */
    public enum Reason {
        /** Not a JSON-RPC notification, or a member its method must carry is missing or invalid. */
        MALFORMED,
        /** The signature does not verify with Trustly's key over the data as received. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    public TrustlyNotificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the notification was rejected. */
    public Reason reason() {
        return reason;
    }
}
