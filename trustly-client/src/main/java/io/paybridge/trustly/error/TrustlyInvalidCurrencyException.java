package io.paybridge.trustly.error;

/** 622: the currency is not valid for this merchant. */
public class TrustlyInvalidCurrencyException extends TrustlyApiException {

    public TrustlyInvalidCurrencyException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
