package io.paybridge.payout.refund.api;

import io.paybridge.payout.api.AmountField;
import io.paybridge.payout.api.FieldErrors;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import java.util.regex.Pattern;

/** Checks a refund request before anything is reserved or sent; every invalid field at once. */
public final class RefundValidation {

    /** A deposit's reference as checkout makes them. */
    public static final Pattern ORDER_REF = Pattern.compile("dep_[0-9a-f]{24}");
    /** What {@code orderRef} must look like, in words. */
    public static final String ORDER_REF_RULE = "must be a deposit reference like dep_0123456789abcdef01234567";
    private static final int MAX_REASON = 140;

    private RefundValidation() {
    }

    /** A refund request whose fields are valid. */
    public record ValidRefund(String orderRef, Money amount, String reason) {
    }

    /** The validated request, or a 400 problem naming every invalid field. */
    public static ValidRefund validate(RefundRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with orderRef, amount and currency is required");
        }
        FieldErrors errors = new FieldErrors();
        String orderRef = request.orderRef();
        if (orderRef == null || orderRef.isBlank()) {
            errors.add("orderRef", "is required");
        } else if (!ORDER_REF.matcher(orderRef).matches()) {
            errors.add("orderRef", ORDER_REF_RULE);
        }
        Money amount = amount(request.amount(), request.currency(), errors);
        String reason = request.reason();
        if (reason != null && (reason.isBlank() || reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl)
                || !reason.strip().equals(reason))) {
            errors.add("reason", "must be 1 to " + MAX_REASON + " characters, without control characters or surrounding spaces");
        }
        errors.throwIfAny();
        return new ValidRefund(orderRef, amount, reason);
    }

    /** A positive amount in the currency's decimals, or null with the reasons in {@code errors}. */
    public static Money amount(String amountText, String currencyCode, FieldErrors errors) {
        return AmountField.positive(amountText, currencyCode, errors);
    }
}
