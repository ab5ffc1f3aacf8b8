package io.paybridge.trustly.notification;

import io.paybridge.trustly.error.TrustlyException;

/** A merchant's reply to a notification is not a valid signed reply to it; Trustly would deliver the notification again. */
public class InvalidMerchantReplyException extends TrustlyException {

    public InvalidMerchantReplyException(String message) {
        super(message);
    }
}
