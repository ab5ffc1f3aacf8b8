package io.paybridge.trustly.error;

/** ERROR_INVALID_BANK_ACCOUNT_NUMBER: the account to pay out to is not valid. */
public class TrustlyInvalidBankAccountException extends TrustlyApiException {

    public TrustlyInvalidBankAccountException(String method, String uuid, int code, String name) {
        super(method, uuid, code, name);
    }
}
