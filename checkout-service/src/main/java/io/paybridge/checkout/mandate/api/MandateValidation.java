package io.paybridge.checkout.mandate.api;

import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.mandate.domain.NewMandate;
import io.paybridge.checkout.validation.FieldErrors;
import io.paybridge.checkout.validation.PayinChecks;
import io.paybridge.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/** Checks a mandate request before any PSP call, with the end-user and redirect rules deposits use; every invalid field at once. */
@ApplicationScoped
public class MandateValidation {

    private final PayinChecks checks;

    public MandateValidation(PayinChecks checks) {
        this.checks = checks;
    }

    /** The validated mandate, or a 400 problem naming every invalid field. */
    public NewMandate validate(MandateRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with endUser, successUrl and failUrl is required");
        }
        FieldErrors errors = new FieldErrors();
        NewDepositEndUser endUser = PayinChecks.endUser(request.endUser(), errors);
        URI successUrl = checks.redirect("successUrl", request.successUrl(), errors);
        URI failUrl = checks.redirect("failUrl", request.failUrl(), errors);
        errors.throwIfAny();
        return new NewMandate(endUser, successUrl, failUrl);
    }
}
