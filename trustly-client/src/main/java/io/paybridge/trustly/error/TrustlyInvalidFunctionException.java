package io.paybridge.trustly.error;

/** ERROR_INVALID_FUNCTION: Trustly does not know the method. */
public class TrustlyInvalidFunctionException extends TrustlyApiException {

    public TrustlyInvalidFunctionException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
