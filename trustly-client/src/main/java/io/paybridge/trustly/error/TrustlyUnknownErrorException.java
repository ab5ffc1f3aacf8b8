package io.paybridge.trustly.error;

/** 620 ERROR_UNKNOWN: Trustly's catch-all; the request failed for an unstated reason. */
public class TrustlyUnknownErrorException extends TrustlyApiException {

    public TrustlyUnknownErrorException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
