package io.paybridge.trustly.error;

/** 636/639: Trustly could not verify our signature (wrong or unregistered merchant key). */
public class TrustlySignatureRejectedException extends TrustlyApiException {

    public TrustlySignatureRejectedException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
