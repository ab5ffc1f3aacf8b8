package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.deposit.domain.NewDeposit;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.deposit.domain.NewDeposit.PaymentMethod;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a deposit request before any PSP call and reports every invalid field at once, each named by its
 * JSON path. The amount, end user and redirect URLs follow {@link PayerRules}, shared with payment links.
 */
@ApplicationScoped
public class DepositValidation {

    private static final Pattern STATEMENT = Pattern.compile("[A-Za-z0-9.\\-_ ]{1,35}");
    private static final Pattern INVOICE = Pattern.compile("[A-Za-z0-9._\\-/]{1,64}");

    private final PayerRules rules;

    public DepositValidation(PayerRules rules) {
        this.rules = rules;
    }

    /** The validated deposit, or a 400 problem naming every invalid field. */
    public NewDeposit validate(DepositRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with amount, currency, endUser, successUrl and failUrl is required");
        }
        FieldErrors errors = new FieldErrors();
        Money amount = rules.amount(request.amount(), request.currency(), errors);
        NewDepositEndUser endUser = rules.endUser(request.endUser(), errors);
        URI successUrl = rules.redirect("successUrl", request.successUrl(), errors);
        URI failUrl = rules.redirect("failUrl", request.failUrl(), errors);
        Optional<String> statement = PayerRules.optional("shopperStatement", request.shopperStatement(), STATEMENT,
                "must be 1 to 35 letters, digits, spaces or . - _", errors);
        Optional<String> invoice = PayerRules.optional("invoiceId", request.invoiceId(), INVOICE,
                "must be 1 to 64 letters, digits or . _ - /", errors);
        Optional<PaymentMethod> method = method(request, errors);
        errors.throwIfAny();
        return new NewDeposit(amount, endUser, successUrl, failUrl, statement, invoice, method);
    }

    private static Optional<PaymentMethod> method(DepositRequest request, FieldErrors errors) {
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
}
