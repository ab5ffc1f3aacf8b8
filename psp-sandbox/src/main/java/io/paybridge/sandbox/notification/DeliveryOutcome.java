package io.paybridge.sandbox.notification;

import java.time.Instant;

/**
 * What one HTTP attempt gave: either a transport error or an HTTP status, the reply's status and
 * whether its signature verified; {@code accepted} when the reply ends delivery, else {@code rejection} says why not.
 */
record DeliveryOutcome(Instant at, Integer httpStatus, String transportError, String replyStatus, Boolean replyVerified,
        boolean accepted, String rejection) {

    static DeliveryOutcome transportFailure(Instant at, String error) {
        return new DeliveryOutcome(at, null, error, null, null, false, "no answer: " + error);
    }

    static DeliveryOutcome rejected(Instant at, int httpStatus, String replyStatus, Boolean verified, String rejection) {
        return new DeliveryOutcome(at, httpStatus, null, replyStatus, verified, false, rejection);
    }

    static DeliveryOutcome accepted(Instant at, int httpStatus, String replyStatus) {
        return new DeliveryOutcome(at, httpStatus, null, replyStatus, true, true, null);
    }
}
