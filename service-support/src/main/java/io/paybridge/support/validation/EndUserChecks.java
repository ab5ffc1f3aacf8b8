package io.paybridge.support.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The field rules every order that sends an end user to the PSP's checkout shares (checkout's deposits, mandates and
 * payment links, payout's withdrawals): the end user's details, and redirect URLs on allowed hosts only (no open
 * redirects). Each check reports what is wrong to {@code errors} as (JSON path, reason) and returns null (or empty)
 * for an invalid value, so a caller collects every fault before answering.
 */
public final class EndUserChecks {

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

    private EndUserChecks() {
    }

    /** An end user's details as the merchant sent them (never logged: {@link #toString()} shows the id only). */
    public record Fields(String id, String firstName, String lastName, String email, String country, String locale,
            String phone, String nationalId) {

        @Override
        public String toString() {
            return "EndUserChecks.Fields[id=" + id + "]";
        }
    }

    /** The validated details; a member is null (or empty) where the value was invalid and reported. */
    public record EndUser(String id, String firstName, String lastName, String email, String country, String locale,
            Optional<String> phone, Optional<String> nationalId) {

        @Override
        public String toString() {
            return "EndUserChecks.EndUser[id=" + id + "]";
        }
    }

    /**
     * Checks the end user at JSON path {@code path} (e.g. {@code endUser}): id, first and last name, email, country and
     * locale required, phone and national id optional.
     */
    public static EndUser endUser(String path, Fields user, BiConsumer<String, String> errors) {
        String id = required(path + ".id", user.id(), VISIBLE_ID, "must be 1 to 255 visible ASCII characters", errors);
        String firstName = name(path + ".firstName", user.firstName(), errors);
        String lastName = name(path + ".lastName", user.lastName(), errors);
        String emailReason = "must be an email address of at most " + MAX_EMAIL + " characters";
        String email = required(path + ".email", user.email(), EMAIL, emailReason, errors);
        if (email != null && email.length() > MAX_EMAIL) {
            errors.accept(path + ".email", emailReason);
            email = null;
        }
        String countryReason = "must be an ISO 3166-1 alpha-2 country code in upper case, like SE";
        String country = required(path + ".country", user.country(), COUNTRY, countryReason, errors);
        if (country != null && !COUNTRIES.contains(country)) {
            errors.accept(path + ".country", countryReason);
            country = null;
        }
        String locale = required(path + ".locale", user.locale(), LOCALE, "must be a locale like sv_SE", errors);
        if (locale != null) {
            String[] parts = locale.split("_");
            if (!LANGUAGES.contains(parts[0]) || !COUNTRIES.contains(parts[1])) {
                errors.accept(path + ".locale", "must be an ISO 639 language and ISO 3166 country, like sv_SE");
                locale = null;
            }
        }
        Optional<String> phone = optional(path + ".phone", user.phone(), PHONE,
                "must be an international number like +46701234567", errors);
        Optional<String> nationalId = optional(path + ".nationalId", user.nationalId(), NATIONAL_ID,
                "must be 1 to 64 visible ASCII characters", errors);
        return new EndUser(id, firstName, lastName, email, country, locale, phone, nationalId);
    }

    /**
     * An absolute https URL (or http, when {@code allowHttp}) on one of {@code allowedHosts}, without user
     * information: where the PSP sends the end user back.
     */
    public static URI redirect(String field, String value, List<String> allowedHosts, boolean allowHttp,
            BiConsumer<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.accept(field, "is required: the https URL the end user returns to");
            return null;
        }
        if (value.length() > MAX_URL) {
            errors.accept(field, "must be at most " + MAX_URL + " characters");
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            errors.accept(field, "is not a valid URL");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (allowHttp && scheme.equals("http"));
        if (!uri.isAbsolute() || !schemeAllowed || uri.getHost() == null) {
            errors.accept(field, allowHttp ? "must be an absolute http or https URL" : "must be an absolute https URL");
            return null;
        }
        if (uri.getRawUserInfo() != null) {
            errors.accept(field, "must not carry user information");
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.stream().noneMatch(allowed -> allowed.toLowerCase(Locale.ROOT).equals(host))) {
            errors.accept(field, "must point at an allowed host (" + String.join(", ", allowedHosts) + ")");
            return null;
        }
        return uri;
    }

    /** A required value matching {@code pattern}, or null with the reason reported. */
    public static String required(String field, String value, Pattern pattern, String reason,
            BiConsumer<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.accept(field, "is required");
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            errors.accept(field, reason);
            return null;
        }
        return value;
    }

    /** An optional value matching {@code pattern} when present; a mismatch is reported. */
    public static Optional<String> optional(String field, String value, Pattern pattern, String reason,
            BiConsumer<String, String> errors) {
        if (value == null) {
            return Optional.empty();
        }
        if (!pattern.matcher(value).matches()) {
            errors.accept(field, reason);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String name(String field, String value, BiConsumer<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.accept(field, "is required");
            return null;
        }
        if (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl) || !value.strip().equals(value)) {
            errors.accept(field, "must be at most " + MAX_NAME + " characters, without control characters or surrounding spaces");
            return null;
        }
        return value;
    }
}
