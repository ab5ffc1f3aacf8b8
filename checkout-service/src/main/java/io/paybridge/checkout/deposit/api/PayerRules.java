package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every pay-in request shares (deposits, payment links): the amount and currency, the end user,
 * and redirect URLs that must be absolute https URLs on a configured host (no open redirects). Each invalid
 * field is recorded in a {@link FieldErrors} under its JSON path.
 */
@ApplicationScoped
public class PayerRules {

    private static final Pattern VISIBLE_ID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LOCALE = Pattern.compile("([a-z]{2})_([A-Z]{2})");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_URL = 2048;

    private final CheckoutConfig config;

    public PayerRules(CheckoutConfig config) {
        this.config = config;
    }

    /** The amount in {@code currency}: an ISO 4217 code and a positive decimal string in its precision. */
    public Money amount(String amountText, String currencyCode, FieldErrors errors) {
        boolean currencyValid = true;
        try {
            Money.currency(currencyCode);
        } catch (InvalidCurrencyException e) {
            errors.add("currency", currencyCode == null ? "is required" : e.getMessage());
            currencyValid = false;
        }
        if (amountText == null) {
            errors.add("amount", "is required, as a decimal string like \"10.00\"");
            return null;
        }
        if (!currencyValid) {
            return null;
        }
        try {
            Money amount = Money.parse(amountText, currencyCode);
            if (!amount.isPositive()) {
                errors.add("amount", "must be greater than zero");
            }
            return amount;
        } catch (InvalidAmountException e) {
            errors.add("amount", e.getMessage());
            return null;
        }
    }

    /** The end user: stable id, names, email, country, locale, optional phone and national id. */
    public NewDepositEndUser endUser(EndUserRequest user, FieldErrors errors) {
        if (user == null) {
            errors.add("endUser", "is required: id, firstName, lastName, email, country and locale");
            return null;
        }
        String id = required("endUser.id", user.id(), VISIBLE_ID, "must be 1 to 255 visible ASCII characters", errors);
        String firstName = name("endUser.firstName", user.firstName(), errors);
        String lastName = name("endUser.lastName", user.lastName(), errors);
        String email = required("endUser.email", user.email(), EMAIL, "must be an email address of at most "
                + MAX_EMAIL + " characters", errors);
        if (email != null && email.length() > MAX_EMAIL) {
            errors.add("endUser.email", "must be an email address of at most " + MAX_EMAIL + " characters");
            email = null;
        }
        String country = required("endUser.country", user.country(), COUNTRY,
                "must be an ISO 3166-1 alpha-2 country code in upper case, like SE", errors);
        if (country != null && !COUNTRIES.contains(country)) {
            errors.add("endUser.country", "must be an ISO 3166-1 alpha-2 country code in upper case, like SE");
            country = null;
        }
        String locale = required("endUser.locale", user.locale(), LOCALE, "must be a locale like sv_SE", errors);
        if (locale != null) {
            String[] parts = locale.split("_");
            if (!LANGUAGES.contains(parts[0]) || !COUNTRIES.contains(parts[1])) {
                errors.add("endUser.locale", "must be an ISO 639 language and ISO 3166 country, like sv_SE");
                locale = null;
            }
        }
        Optional<String> phone = optional("endUser.phone", user.phone(), PHONE,
                "must be an international number like +46701234567", errors);
        Optional<String> nationalId = optional("endUser.nationalId", user.nationalId(), NATIONAL_ID,
                "must be 1 to 64 visible ASCII characters", errors);
        return new NewDepositEndUser(id, firstName, lastName, email, country, locale, phone, nationalId);
    }

    private static String name(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        if (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl) || !value.strip().equals(value)) {
            errors.add(field, "must be at most " + MAX_NAME + " characters, without control characters or surrounding spaces");
            return null;
        }
        return value;
    }

    /** A successUrl or failUrl: absolute https (http only when allowed) on an allowed host, no user info. */
    public URI redirect(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required: the https URL the end user returns to");
            return null;
        }
        if (value.length() > MAX_URL) {
            errors.add(field, "must be at most " + MAX_URL + " characters");
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            errors.add(field, "is not a valid URL");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (config.allowHttpRedirects() && scheme.equals("http"));
        if (!uri.isAbsolute() || !schemeAllowed || uri.getHost() == null) {
            errors.add(field, config.allowHttpRedirects() ? "must be an absolute http or https URL" : "must be an absolute https URL");
            return null;
        }
        if (uri.getRawUserInfo() != null) {
            errors.add(field, "must not carry user information");
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (config.allowedRedirectHosts().stream().noneMatch(allowed -> allowed.toLowerCase(Locale.ROOT).equals(host))) {
            errors.add(field, "must point at an allowed host (" + String.join(", ", config.allowedRedirectHosts()) + ")");
            return null;
        }
        return uri;
    }

    /** A required value matching {@code pattern}. */
    public static String required(String field, String value, Pattern pattern, String reason, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            errors.add(field, reason);
            return null;
        }
        return value;
    }

    /** An optional value that, when present, matches {@code pattern}. */
    public static Optional<String> optional(String field, String value, Pattern pattern, String reason, FieldErrors errors) {
        if (value == null) {
            return Optional.empty();
        }
        if (!pattern.matcher(value).matches()) {
            errors.add(field, reason);
            return Optional.empty();
        }
        return Optional.of(value);
    }

}
