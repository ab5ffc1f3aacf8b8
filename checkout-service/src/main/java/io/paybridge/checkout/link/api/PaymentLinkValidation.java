package io.paybridge.checkout.link.api;

import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.link.PaymentLinkConfig;
import io.paybridge.checkout.link.domain.NewPaymentLink;
import io.paybridge.checkout.validation.FieldErrors;
import io.paybridge.checkout.validation.PayinChecks;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Checks a payment link request and reports every invalid field at once. Amount, end user and redirect URLs
 * follow the deposit rules ({@link PayinChecks}); the description is 1 to 140 characters without control
 * characters; the lifetime is an ISO-8601 duration within the configured bounds.
 */
@ApplicationScoped
public class PaymentLinkValidation {

    static final int MAX_DESCRIPTION = 140;

    private final PayinChecks checks;
    private final PaymentLinkConfig config;

    public PaymentLinkValidation(PayinChecks checks, PaymentLinkConfig config) {
        this.checks = checks;
        this.config = config;
    }

    /** The validated link, or a 400 problem naming every invalid field. */
    public NewPaymentLink validate(PaymentLinkRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body",
                    "a JSON object with amount, currency, endUser, description, successUrl and failUrl is required");
        }
        FieldErrors errors = new FieldErrors();
        Money amount = PayinChecks.amount(request.amount(), request.currency(), errors);
        NewDepositEndUser endUser = PayinChecks.endUser(request.endUser(), errors);
        String description = description(request.description(), errors);
        Duration lifetime = lifetime(request.lifetime(), errors);
        URI successUrl = checks.redirect("successUrl", request.successUrl(), errors);
        URI failUrl = checks.redirect("failUrl", request.failUrl(), errors);
        errors.throwIfAny();
        return new NewPaymentLink(amount, endUser, description, lifetime, successUrl, failUrl);
    }

    private static String description(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add("description", "is required: the text the link page shows the end user");
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_DESCRIPTION || value.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("description", "must be 1 to " + MAX_DESCRIPTION + " characters without control characters");
            return null;
        }
        return value;
    }

    private Duration lifetime(String value, FieldErrors errors) {
        if (value == null) {
            return config.defaultLifetime();
        }
        String bounds = "must be an ISO-8601 duration from " + config.minLifetime() + " to " + config.maxLifetime()
                + ", like P7D";
        Duration lifetime;
        try {
            lifetime = Duration.parse(value);
        } catch (DateTimeParseException e) {
            errors.add("lifetime", bounds);
            return null;
        }
        if (lifetime.compareTo(config.minLifetime()) < 0 || lifetime.compareTo(config.maxLifetime()) > 0) {
            errors.add("lifetime", bounds);
            return null;
        }
        return lifetime;
    }
}
