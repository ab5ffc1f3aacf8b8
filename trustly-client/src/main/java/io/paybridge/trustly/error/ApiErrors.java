package io.paybridge.trustly.error;

/** Maps a verified error code and name to the exception of its family. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** The typed exception for a verified Trustly error. */
    public static TrustlyApiException of(String method, String uuid, int code, String name) {
        return switch (ErrorFamily.of(code, name)) {
            case CREDENTIALS -> new TrustlyInvalidCredentialsException(method, uuid, code, name);
            case SIGNATURE -> new TrustlySignatureRejectedException(method, uuid, code, name);
            case DUPLICATE_MESSAGE_ID -> new TrustlyDuplicateMessageIdException(method, uuid, code, name);
            case INVALID_AMOUNT -> new TrustlyInvalidAmountException(method, uuid, code, name);
            case INVALID_CURRENCY -> new TrustlyInvalidCurrencyException(method, uuid, code, name);
            case INVALID_PARAMETERS -> new TrustlyInvalidParametersException(method, uuid, code, name);
            case INVALID_FUNCTION -> new TrustlyInvalidFunctionException(method, uuid, code, name);
            case NOT_FOUND -> new TrustlyOrderNotFoundException(method, uuid, code, name);
            case INVALID_BANK_ACCOUNT -> new TrustlyInvalidBankAccountException(method, uuid, code, name);
            case UNKNOWN -> new TrustlyUnknownErrorException(method, uuid, code, name);
            case OTHER -> new TrustlyApiException(method, uuid, code, name);
        };
    }
}
