package io.paybridge.trustly.error;

import java.util.Optional;
import java.util.OptionalInt;

/** Trustly's error codes of reference §1.5: primary list, probable continuation, names without confirmed codes. */
public enum ErrorCode {

    // primary documented list
    FUNCTION_ACCESS_DENIED(602, "ERROR_FUNCTION_ACCESS_DENIED", ErrorFamily.OTHER),
    HOST_ACCESS_DENIED(607, "ERROR_HOST_ACCESS_DENIED", ErrorFamily.OTHER),
    INVALID_AMOUNT(615, "ERROR_INVALID_AMOUNT", ErrorFamily.INVALID_AMOUNT),
    INVALID_CREDENTIALS(616, "ERROR_INVALID_CREDENTIALS", ErrorFamily.CREDENTIALS),
    UNKNOWN(620, "ERROR_UNKNOWN", ErrorFamily.UNKNOWN),
    INVALID_CURRENCY_CODE(622, "ERROR_INVALID_CURRENCY_CODE", ErrorFamily.INVALID_CURRENCY),
    INVALID_PARAMETERS(623, "ERROR_INVALID_PARAMETERS", ErrorFamily.INVALID_PARAMETERS),
    UNABLE_TO_VERIFY_RSA_SIGNATURE(636, "ERROR_UNABLE_TO_VERIFY_RSA_SIGNATURE", ErrorFamily.SIGNATURE),
    DUPLICATE_MESSAGE_ID(637, "ERROR_DUPLICATE_MESSAGE_ID", ErrorFamily.DUPLICATE_MESSAGE_ID),
    ENDUSER_IS_BLOCKED(638, "ERROR_ENDUSER_IS_BLOCKED", ErrorFamily.OTHER),
    // the same reaction as 636: Trustly has no key to check our signature with
    NO_PUBLIC_KEY(639, "ERROR_NO_PUBLIC_KEY", ErrorFamily.SIGNATURE),

    // probable continuation (third-party copies of the documented table)
    INVALID_EMAIL(642, "ERROR_INVALID_EMAIL", ErrorFamily.INVALID_PARAMETERS),
    INVALID_LOCALE(645, "ERROR_INVALID_LOCALE", ErrorFamily.INVALID_PARAMETERS),
    DUPLICATE_UUID(688, "ERROR_DUPLICATE_UUID", ErrorFamily.OTHER),
    ENDUSERID_IS_NULL(696, "ERROR_ENDUSERID_IS_NULL", ErrorFamily.INVALID_PARAMETERS),
    MESSAGEID_IS_NULL(697, "ERROR_MESSAGEID_IS_NULL", ErrorFamily.INVALID_PARAMETERS),
    INVALID_IP(698, "ERROR_INVALID_IP", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_SUCCESSURL(700, "ERROR_MALFORMED_SUCCESSURL", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_FAILURL(701, "ERROR_MALFORMED_FAILURL", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_TEMPLATEURL(702, "ERROR_MALFORMED_TEMPLATEURL", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_URLTARGET(703, "ERROR_MALFORMED_URLTARGET", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_MESSAGEID(704, "ERROR_MALFORMED_MESSAGEID", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_NOTIFICATIONURL(705, "ERROR_MALFORMED_NOTIFICATIONURL", ErrorFamily.INVALID_PARAMETERS),
    MALFORMED_ENDUSERID(706, "ERROR_MALFORMED_ENDUSERID", ErrorFamily.INVALID_PARAMETERS),
    DIRECT_DEBIT_NOT_ALLOWED(712, "ERROR_DIRECT_DEBIT_NOT_ALLOWED", ErrorFamily.OTHER),
    INVALID_ORDER_ATTRIBUTE(717, "ERROR_INVALID_ORDER_ATTRIBUTE", ErrorFamily.INVALID_PARAMETERS),
    DISABLED_USER(718, "ERROR_DISABLED_USER", ErrorFamily.OTHER),
    PAY_AND_PLAY_NOT_ALLOWED(732, "ERROR_PAY_AND_PLAY_NOT_ALLOWED", ErrorFamily.OTHER),
    NOT_SECURE_NOTIFICATIONURL(734, "ERROR_NOT_SECURE_NOTIFICATIONURL", ErrorFamily.INVALID_PARAMETERS),
    INVALID_COUNTRY(737, "ERROR_INVALID_COUNTRY", ErrorFamily.INVALID_PARAMETERS),

    // names observed from Trustly TEST; numeric codes unconfirmed
    INVALID_FUNCTION(null, "ERROR_INVALID_FUNCTION", ErrorFamily.INVALID_FUNCTION),
    NOT_FOUND(null, "ERROR_NOT_FOUND", ErrorFamily.NOT_FOUND),
    INVALID_ORDER_ID(null, "ERROR_INVALID_ORDER_ID", ErrorFamily.NOT_FOUND),
    INVALID_BANK_ACCOUNT_NUMBER(null, "ERROR_INVALID_BANK_ACCOUNT_NUMBER", ErrorFamily.INVALID_BANK_ACCOUNT);

    private final Integer code;
    private final String errorName;
    private final ErrorFamily family;

    ErrorCode(Integer code, String errorName, ErrorFamily family) {
        this.code = code;
        this.errorName = errorName;
        this.family = family;
    }

    /** The numeric code, empty where only the name has been observed. */
    public OptionalInt code() {
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** The name Trustly sends as the error message, e.g. {@code ERROR_INVALID_CREDENTIALS}. */
    public String errorName() {
        return errorName;
    }

    public ErrorFamily family() {
        return family;
    }

    /** The known error for a received code and name; the name wins because some codes are unconfirmed. */
    public static Optional<ErrorCode> of(int code, String name) {
        ErrorCode byCode = null;
        for (ErrorCode candidate : values()) {
            if (candidate.errorName.equals(name)) {
                return Optional.of(candidate);
            }
            if (candidate.code != null && candidate.code == code) {
                byCode = candidate;
            }
        }
        return Optional.ofNullable(byCode);
    }
}
