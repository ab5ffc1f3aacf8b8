package io.paybridge.trustly.error;

/** 616: Trustly rejected the Username/Password; fix the configuration, a retry cannot succeed. */
public class TrustlyInvalidCredentialsException extends TrustlyApiException {

    public TrustlyInvalidCredentialsException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
