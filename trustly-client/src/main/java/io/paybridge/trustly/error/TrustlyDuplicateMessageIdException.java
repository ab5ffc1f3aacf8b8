package io.paybridge.trustly.error;

/** 637: the MessageID was already used, so an order for it exists. */
public class TrustlyDuplicateMessageIdException extends TrustlyApiException {

    public TrustlyDuplicateMessageIdException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
