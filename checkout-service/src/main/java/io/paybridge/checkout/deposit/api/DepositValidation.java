package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.deposit.domain.NewDeposit.PaymentMethod;
import io.paybridge.checkout.deposit.domain.NewDeposit;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.Problem.InvalidParam;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a deposit request before any PSP call and reports every invalid field at once, each named by its
 * JSON path. Redirect URLs must be absolute https URLs on a configured host (no open redirects).
 */
@ApplicationScoped
public class DepositValidation {

    private static final Pattern VISIBLE_ID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LOCALE = Pattern.compile("([a-z]{2})_([A-Z]{2})");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern NATIONAL_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern STATEMENT = Pattern.compile("[A-Za-z0-9.\\-_ ]{1,35}");
    private static final Pattern INVOICE = Pattern.compile("[A-Za-z0-9._\\-/]{1,64}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_URL = 2048;

    private final CheckoutConfig config;

    public DepositValidation(CheckoutConfig config) {
        this.config = config;
    }

    /** The validated deposit, or a 400 problem naming every invalid field. */
    public NewDeposit validate(DepositRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with amount, currency, endUser, successUrl and failUrl is required");
        }
        Errors errors = new Errors();
        Money amount = amount(request, errors);
        NewDepositEndUser endUser = endUser(request.endUser(), errors);
        URI successUrl = redirect("successUrl", request.successUrl(), errors);
        URI failUrl = redirect("failUrl", request.failUrl(), errors);
        Optional<String> statement = optional("shopperStatement", request.shopperStatement(), STATEMENT,
                "must be 1 to 35 letters, digits, spaces or . - _", errors);
        Optional<String> invoice = optional("invoiceId", request.invoiceId(), INVOICE,
                "must be 1 to 64 letters, digits or . _ - /", errors);
        Optional<PaymentMethod> method = method(request, errors);
        errors.throwIfAny();
        return new NewDeposit(amount, endUser, successUrl, failUrl, statement, invoice, method);
    }

    private static Money amount(DepositRequest request, Errors errors) {
        boolean currencyValid = true;
        try {
            Money.currency(request.currency());
        } catch (InvalidCurrencyException e) {
            errors.add("currency", request.currency() == null ? "is required" : e.getMessage());
            currencyValid = false;
        }
        if (request.amount() == null) {
            errors.add("amount", "is required, as a decimal string like \"10.00\"");
            return null;
        }
        if (!currencyValid) {
            return null;
        }
        try {
            Money amount = Money.parse(request.amount(), request.currency());
            if (!amount.isPositive()) {
                errors.add("amount", "must be greater than zero");
            }
            return amount;
        } catch (InvalidAmountException e) {
            errors.add("amount", e.getMessage());
            return null;
        }
    }

    private static NewDepositEndUser endUser(EndUserRequest user, Errors errors) {
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

    private static String name(String field, String value, Errors errors) {
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

    private URI redirect(String field, String value, Errors errors) {
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

    private static Optional<PaymentMethod> method(DepositRequest request, Errors errors) {
        if (request.method() == null) {
            return Optional.empty();
        }
        Optional<PaymentMethod> method = Arrays.stream(PaymentMethod.values())
                .filter(candidate -> candidate.name().equals(request.method())).findFirst();
        if (method.isEmpty()) {
            errors.add("method", "must be one of " + Arrays.stream(PaymentMethod.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", or absent for a bank payment");
        } else if (method.get() == PaymentMethod.IDEAL && !"EUR".equals(request.currency())) {
            errors.add("method", "IDEAL takes EUR only");
        }
        return method;
    }

    private static String required(String field, String value, Pattern pattern, String reason, Errors errors) {
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

    private static Optional<String> optional(String field, String value, Pattern pattern, String reason, Errors errors) {
        if (value == null) {
            return Optional.empty();
        }
        if (!pattern.matcher(value).matches()) {
            errors.add(field, reason);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The invalid fields found so far. */
    private static final class Errors {
        private final List<InvalidParam> found = new ArrayList<>();

        void add(String field, String reason) {
            found.add(new InvalidParam(field, reason));
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, found.size() == 1
                        ? found.get(0).name() + " " + found.get(0).reason()
                        : found.size() + " fields are invalid: " + found.stream().map(InvalidParam::name)
                                .collect(Collectors.joining(", ")), List.copyOf(found));
            }
        }
    }
}
