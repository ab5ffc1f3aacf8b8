package io.paybridge.trustly.error;

/** 615: the amount is not accepted (must be greater than 0 with two decimals). */
public class TrustlyInvalidAmountException extends TrustlyApiException {

    public TrustlyInvalidAmountException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
