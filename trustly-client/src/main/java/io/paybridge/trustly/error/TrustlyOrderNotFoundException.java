package io.paybridge.trustly.error;

/** ERROR_NOT_FOUND / ERROR_INVALID_ORDER_ID: the OrderID does not exist or does not fit the method. */
public class TrustlyOrderNotFoundException extends TrustlyApiException {

    public TrustlyOrderNotFoundException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
