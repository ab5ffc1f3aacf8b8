package io.paybridge.payout.accountpayout;

import io.paybridge.payout.accountpayout.domain.NewPayout;
import io.paybridge.payout.api.FieldErrors;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.Money;
import java.util.regex.Pattern;

/**
 * The field rules of an account payout, the same for the API and the RequestAccountPayout command: the PSP's account
 * id and the merchant's end user id as visible ASCII, a positive amount the PSP can take (its currency's decimals, at
 * most two), and a short bank statement text without control characters. Each check adds what is wrong under the
 * field's name.
 */
public final class PayoutChecks {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern END_USER_ID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** Letters, digits, spaces and . , - _ / : ' + ( ) — what bank statements print; at most 35 characters. */
    private static final Pattern STATEMENT = Pattern.compile("[\\p{L}\\p{N} .,\\-_/:'+()]{1,35}");
    private static final int PSP_DECIMALS = 2;

    private PayoutChecks() {
    }

    /** The validated payout, or a 400 problem naming every invalid field ({@code amount} already as money, or null). */
    public static NewPayout validate(String accountId, String endUserId, Money amount, String shopperStatement,
            FieldErrors errors) {
        String account = required("accountId", accountId, ACCOUNT_ID, "must be the PSP's account id: 1 to 64 visible ASCII"
                + " characters (see GET /v1/accounts?endUserId=)", errors);
        String endUser = required("endUserId", endUserId, END_USER_ID, "must be 1 to 255 visible ASCII characters", errors);
        String statement = required("shopperStatement", shopperStatement, STATEMENT, "must be 1 to 35 letters, digits,"
                + " spaces or . , - _ / : ' + ( )", errors);
        if (statement != null && !statement.strip().equals(statement)) {
            errors.add("shopperStatement", "must not start or end with spaces");
        }
        if (amount != null) {
            pspAmount(amount, errors);
        }
        errors.throwIfAny();
        return new NewPayout(account, endUser, amount, statement);
    }

    private static void pspAmount(Money amount, FieldErrors errors) {
        if (!amount.isPositive()) {
            errors.add("amount", "must be greater than zero");
            return;
        }
        try {
            amount.toDecimalString(PSP_DECIMALS);
        } catch (InvalidAmountException e) {
            errors.add("amount", "must have at most " + PSP_DECIMALS + " decimal places: the PSP takes amounts in two decimals");
        }
    }

    private static String required(String field, String value, Pattern pattern, String reason, FieldErrors errors) {
        if (value == null || value.isEmpty()) {
            errors.add(field, "is required");
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            errors.add(field, reason);
            return null;
        }
        return value;
    }
}
