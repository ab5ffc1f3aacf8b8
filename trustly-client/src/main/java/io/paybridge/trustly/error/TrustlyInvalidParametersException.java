package io.paybridge.trustly.error;

/** 623 and the malformed-parameter codes: a value has the wrong format. */
public class TrustlyInvalidParametersException extends TrustlyApiException {

    public TrustlyInvalidParametersException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
