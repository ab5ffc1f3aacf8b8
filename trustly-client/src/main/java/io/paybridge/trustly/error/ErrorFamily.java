package io.paybridge.trustly.error;

/** Groups of Trustly error codes that call for the same reaction from the caller. */
public enum ErrorFamily {
    /** Username or Password wrong: fix configuration, do not retry. */
    CREDENTIALS,
    /** Trustly cannot verify our signature (wrong key, no key registered): fix the key, do not retry. */
    SIGNATURE,
    /** The MessageID was used before: the order exists already. */
    DUPLICATE_MESSAGE_ID,
    /** Amount not > 0 with two decimals. */
    INVALID_AMOUNT,
    /** Currency not valid for the merchant. */
    INVALID_CURRENCY,
    /** A parameter has the wrong format: fix the request. */
    INVALID_PARAMETERS,
    /** The method name is unknown to Trustly. */
    INVALID_FUNCTION,
    /** The OrderID does not exist or does not fit the method. */
    NOT_FOUND,
    /** The account (AccountID or bank account number) is not valid. */
    INVALID_BANK_ACCOUNT,
    /** Trustly's catch-all; contact Trustly. */
    UNKNOWN,
    /** Everything else: access denied, blocked end user, disabled features. */
    OTHER;

    /** The family of an error as Trustly sent it; {@link #OTHER} for errors this client does not know. */
    public static ErrorFamily of(int code, String name) {
        return ErrorCode.of(code, name).map(ErrorCode::family).orElse(OTHER);
    }
}
