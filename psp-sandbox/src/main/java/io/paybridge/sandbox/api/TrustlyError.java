package io.paybridge.sandbox.api;

/**
 * The JSON-RPC error codes the sandbox answers with (reference §1.5). The message is always the name,
 * as Trustly sends it; the reason stays in the sandbox's log.
 */
public enum TrustlyError {

    /**
     * Unknown method name. The name is what Trustly TEST answers ([NET] RequestTests); the number is
     * UNCONFIRMED: 601 is a free slot next to 602 ERROR_FUNCTION_ACCESS_DENIED, the other "function" error.
     */
    INVALID_FUNCTION(601),
    /**
     * ApproveWithdrawal/DenyWithdrawal/GetWithdrawals with an OrderID that is not this merchant's withdrawal.
     * Name from Trustly TEST ([NET]); the number is UNCONFIRMED (a free slot).
     */
    NOT_FOUND(604),
    INVALID_AMOUNT(615),
    INVALID_CREDENTIALS(616),
    /** Trustly's catch-all; also what the sandbox answers for an unexpected failure and for the injected "error after executing". */
    UNKNOWN(620),
    INVALID_CURRENCY_CODE(622),
    /** A parameter is missing or has the wrong format; also used for requests that are not JSON-RPC at all (UNCONFIRMED). */
    INVALID_PARAMETERS(623),
    /**
     * AccountPayout with an unknown AccountID, RegisterAccount with a malformed account. Name from Trustly TEST ([NET]);
     * 624 is probable: a third-party Trustly connector's recorded sandbox expectation pairs 624 with this name.
     */
    INVALID_BANK_ACCOUNT_NUMBER(624),
    /**
     * Refund/CancelCharge with an OrderID that is not a refundable deposit or charge of this merchant.
     * Name from Trustly TEST ([NET]); the number is UNCONFIRMED (a free slot).
     */
    INVALID_ORDER_ID(625),
    UNABLE_TO_VERIFY_RSA_SIGNATURE(636),
    DUPLICATE_MESSAGE_ID(637),
    /** The UUID was used before with other content; probable code from copies of Trustly's table, trigger UNCONFIRMED. */
    DUPLICATE_UUID(688);

    private final int code;

    TrustlyError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The message Trustly sends, e.g. {@code ERROR_INVALID_CREDENTIALS}. */
    public String message() {
        return "ERROR_" + name();
    }
}
