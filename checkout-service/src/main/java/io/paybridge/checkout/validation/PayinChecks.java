package io.paybridge.checkout.validation;

import io.paybridge.checkout.CheckoutConfig;
import io.paybridge.checkout.deposit.api.EndUserRequest;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;
import io.paybridge.support.validation.EndUserChecks;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field rules every pay-in request shares (deposits, mandates, charges): exact money in the currency's
 * decimals, the end user's details, and redirect URLs on allowed hosts only (no open redirects). Each check
 * adds what is wrong to {@link FieldErrors} under the field's JSON path; the end-user and redirect rules are
 * service-support's {@link EndUserChecks}, which payout's withdrawals share.
 */
@ApplicationScoped
public class PayinChecks {

    private final CheckoutConfig config;

    public PayinChecks(CheckoutConfig config) {
        this.config = config;
    }

    /** A positive amount in the currency's decimals, or null with the reason in {@code errors}. */
    public static Money amount(String amountText, String currencyCode, FieldErrors errors) {
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

    /** The end user's validated details, or null with the reasons in {@code errors}. */
    public static NewDepositEndUser endUser(EndUserRequest user, FieldErrors errors) {
        if (user == null) {
            errors.add("endUser", "is required: id, firstName, lastName, email, country and locale");
            return null;
        }
        EndUserChecks.EndUser valid = EndUserChecks.endUser("endUser", new EndUserChecks.Fields(user.id(), user.firstName(),
                user.lastName(), user.email(), user.country(), user.locale(), user.phone(), user.nationalId()), errors::add);
        return new NewDepositEndUser(valid.id(), valid.firstName(), valid.lastName(), valid.email(), valid.country(),
                valid.locale(), valid.phone(), valid.nationalId());
    }

    /** An absolute https (or, when allowed, http) URL on an allowed host, or null with the reason in {@code errors}. */
    public URI redirect(String field, String value, FieldErrors errors) {
        return EndUserChecks.redirect(field, value, config.allowedRedirectHosts(), config.allowHttpRedirects(), errors::add);
    }

    /** A required value matching {@code pattern}, or null with the reason in {@code errors}. */
    public static String required(String field, String value, Pattern pattern, String reason, FieldErrors errors) {
        return EndUserChecks.required(field, value, pattern, reason, errors::add);
    }

    /** An optional value matching {@code pattern} when present; a mismatch is added to {@code errors}. */
    public static Optional<String> optional(String field, String value, Pattern pattern, String reason, FieldErrors errors) {
        return EndUserChecks.optional(field, value, pattern, reason, errors::add);
    }
}
