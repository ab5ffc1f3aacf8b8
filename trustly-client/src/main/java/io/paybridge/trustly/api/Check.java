package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.error.TrustlyValidationException;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation rules of reference §3, naming the protocol field; {@code optional…} methods accept null. */
public final class Check {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}_[A-Z]{2}");
    private static final Pattern CHARGE_SHOPPER_STATEMENT = Pattern.compile("[A-Za-z0-9 ._-]+");
    private static final Set<String> URL_TARGETS = Set.of("_top", "_self", "_parent");

    private Check() {
    }

    /** A present, non-blank text. */
    public static void required(String field, String value) {
        if (value == null) {
            throw new TrustlyValidationException(field, "is required");
        }
        if (value.isBlank()) {
            throw new TrustlyValidationException(field, "must not be blank");
        }
    }

    /** The members that route and identify an order: NotificationURL, EndUserID and MessageID. */
    public static void order(String notificationUrl, String endUserId, String messageId) {
        notificationUrl("NotificationURL", notificationUrl);
        required("EndUserID", endUserId);
        required("MessageID", messageId);
    }

    /** The members beside Attributes of an order against a known account (AccountPayout, Charge). */
    public static void accountOrder(String notificationUrl, String endUserId, String messageId, String accountId,
            BigDecimal amount, String currency) {
        order(notificationUrl, endUserId, messageId);
        required("AccountID", accountId);
        amount("Amount", amount);
        currency("Currency", currency);
    }

    /** A present value of any type. */
    public static void present(String field, Object value) {
        if (value == null) {
            throw new TrustlyValidationException(field, "is required");
        }
    }

    /** An amount greater than zero with exactly two decimals. */
    public static void amount(String field, BigDecimal value) {
        present(field, value);
        optionalAmount(field, value);
    }

    public static void optionalAmount(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            throw new TrustlyValidationException(field, "must be greater than 0");
        }
        if (!Amounts.isStrict(value)) {
            // a scale other than 2 is usually minor units or a rounding slip; never guess
            throw new TrustlyValidationException(field, "must have exactly two decimals (scale 2)");
        }
    }

    /** ISO 4217: three upper-case letters. */
    public static void currency(String field, String value) {
        present(field, value);
        optionalCurrency(field, value);
    }

    public static void optionalCurrency(String field, String value) {
        matches(field, value, CURRENCY, "an ISO 4217 code of three upper-case letters");
    }

    /** ISO 3166-1 alpha-2: two upper-case letters. */
    public static void country(String field, String value) {
        present(field, value);
        optionalCountry(field, value);
    }

    public static void optionalCountry(String field, String value) {
        matches(field, value, COUNTRY, "an ISO 3166-1 alpha-2 code of two upper-case letters");
    }

    /** {@code ll_CC}, e.g. {@code sv_SE}. */
    public static void locale(String field, String value) {
        present(field, value);
        matches(field, value, LOCALE, "of the form ll_CC, e.g. sv_SE");
    }

    /**
     * An absolute http(s) URL without a query ({@code ?}). Trustly itself only posts to https; the client
     * enforces that outside the sandbox ({@code TrustlyClient}), so a local stack can receive on http.
     */
    public static void notificationUrl(String field, String value) {
        required(field, value);
        if (value.indexOf('?') >= 0) {
            throw new TrustlyValidationException(field, "must not contain '?'");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new TrustlyValidationException(field, "is not a valid URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new TrustlyValidationException(field, "must be an absolute https URL");
        }
    }

    /** A date Trustly can read as {@code YYYY-MM-DD}: a four-digit year. */
    public static void date(String field, LocalDate value) {
        present(field, value);
        optionalDate(field, value);
    }

    public static void optionalDate(String field, LocalDate value) {
        if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
            throw new TrustlyValidationException(field, "must be a date YYYY-MM-DD with a four-digit year");
        }
    }

    /** Charge's ShopperStatement: letters, digits, space, dot, dash and underscore only. */
    public static void chargeShopperStatement(String field, String value) {
        required(field, value);
        matches(field, value, CHARGE_SHOPPER_STATEMENT, "made of A-Z a-z 0-9 space . - _ only");
    }

    /** {@code _top}, {@code _self} or {@code _parent}. */
    public static void optionalUrlTarget(String field, String value) {
        if (value != null && !URL_TARGETS.contains(value)) {
            throw new TrustlyValidationException(field, "must be one of _top, _self, _parent");
        }
    }

    /** {@code value} must be unset: the member does not belong to {@code method}. */
    public static void absent(String field, Object value, String method) {
        if (value != null) {
            throw new TrustlyValidationException(field, "is not a member of " + method);
        }
    }

    /** Extra attributes must not repeat an attribute that is set through its typed field, nor be null. */
    public static void extraAttributes(String field, Map<String, String> extra, ObjectNode typed) {
        for (Map.Entry<String, String> entry : extra.entrySet()) {
            if (typed.has(entry.getKey())) {
                throw new TrustlyValidationException(field + "." + entry.getKey(), "is a typed attribute; set it there");
            }
            if (entry.getKey().isBlank() || entry.getValue() == null) {
                throw new TrustlyValidationException(field + "." + entry.getKey(), "must have a name and a value");
            }
        }
    }

    private static void matches(String field, String value, Pattern pattern, String description) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new TrustlyValidationException(field, "must be " + description);
        }
    }
}
