package io.paybridge.payout.withdrawal.api;

import io.paybridge.payout.api.FieldErrors;
import io.paybridge.payout.withdrawal.WithdrawalConfig;
import io.paybridge.payout.withdrawal.WithdrawalDebits.Debit;
import io.paybridge.payout.withdrawal.domain.NewWithdrawal;
import io.paybridge.support.money.InvalidAmountException;
import io.paybridge.support.money.InvalidCurrencyException;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.validation.EndUserChecks;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a withdrawal request before any PSP call and reports every invalid field at once, each named by its JSON
 * path: the end user and redirect URLs by the rules checkout's deposits use ({@link EndUserChecks}), the currency,
 * and optional positive bounds in the currency's precision with the minimum not above the maximum.
 */
@ApplicationScoped
public class WithdrawalValidation {

    private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern PSP_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern AMOUNT = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[\\x21-\\x7E]{1,8}");

    private final WithdrawalConfig config;

    public WithdrawalValidation(WithdrawalConfig config) {
        this.config = config;
    }

    /** The validated withdrawal, or a 400 problem naming every invalid field. */
    public NewWithdrawal validate(WithdrawalRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with currency, endUser, successUrl and failUrl is required");
        }
        FieldErrors errors = new FieldErrors();
        String currency = currency(request.currency(), errors);
        EndUserChecks.EndUser endUser = null;
        if (request.endUser() == null) {
            errors.add("endUser", "is required: id, firstName, lastName, email, country and locale");
        } else {
            EndUserRequest user = request.endUser();
            endUser = EndUserChecks.endUser("endUser", new EndUserChecks.Fields(user.id(), user.firstName(), user.lastName(),
                    user.email(), user.country(), user.locale(), user.phone(), user.nationalId()), errors::add);
        }
        URI successUrl = EndUserChecks.redirect("successUrl", request.successUrl(), config.allowedRedirectHosts(),
                config.allowHttpRedirects(), errors::add);
        URI failUrl = EndUserChecks.redirect("failUrl", request.failUrl(), config.allowedRedirectHosts(),
                config.allowHttpRedirects(), errors::add);
        Optional<Money> min = bound("minAmount", request.minAmount(), currency, errors);
        Optional<Money> max = bound("maxAmount", request.maxAmount(), currency, errors);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            errors.add("minAmount", "must not be above maxAmount");
        }
        errors.throwIfAny();
        return new NewWithdrawal(currency, endUser, successUrl, failUrl, min, max);
    }

    /** The validated debit question, or a 400 naming every invalid field; a missing amount or currency is answered FAILED. */
    public Debit validate(WithdrawalDebitRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with notificationId, pspOrderId and messageId is required");
        }
        FieldErrors errors = new FieldErrors();
        EndUserChecks.required("notificationId", request.notificationId(), ID, "must be 1 to 255 visible ASCII characters",
                errors::add);
        EndUserChecks.required("pspOrderId", request.pspOrderId(), PSP_ID, "must be 1 to 64 visible ASCII characters",
                errors::add);
        EndUserChecks.required("messageId", request.messageId(), PSP_ID, "must be 1 to 64 visible ASCII characters",
                errors::add);
        EndUserChecks.optional("amount", request.amount(), AMOUNT, "must be 1 to 64 visible ASCII characters", errors::add);
        EndUserChecks.optional("currency", request.currency(), CURRENCY, "must be 1 to 8 visible ASCII characters",
                errors::add);
        errors.throwIfAny();
        return new Debit(request.notificationId(), request.pspOrderId(), request.messageId(), request.amount(),
                request.currency());
    }

    private static String currency(String code, FieldErrors errors) {
        if (code == null) {
            errors.add("currency", "is required");
            return null;
        }
        try {
            Money.currency(code);
            return code;
        } catch (InvalidCurrencyException e) {
            errors.add("currency", e.getMessage());
            return null;
        }
    }

    private static Optional<Money> bound(String field, String amount, String currency, FieldErrors errors) {
        if (amount == null || currency == null) {
            return Optional.empty();
        }
        try {
            Money money = Money.parse(amount, currency);
            if (!money.isPositive()) {
                errors.add(field, "must be greater than zero");
                return Optional.empty();
            }
            return Optional.of(money);
        } catch (InvalidAmountException e) {
            errors.add(field, e.getMessage());
            return Optional.empty();
        }
    }
}
