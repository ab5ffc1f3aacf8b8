package io.paybridge.checkout.charge.api;

import io.paybridge.checkout.charge.domain.CancelWindow;
import io.paybridge.checkout.charge.domain.NewCharge;
import io.paybridge.checkout.validation.FieldErrors;
import io.paybridge.checkout.validation.PayinChecks;
import io.paybridge.support.money.Money;
import io.paybridge.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a charge request before any PSP call (money like a deposit's; a PaymentDate not in the past); every invalid field at once. */
@ApplicationScoped
public class ChargeValidation {

    private static final Pattern MANDATE_ID = Pattern.compile("man_[0-9a-f]{24}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CancelWindow window;

    public ChargeValidation(CancelWindow window) {
        this.window = window;
    }

    /** The validated charge, or a 400 problem naming every invalid field. */
    public NewCharge validate(ChargeRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with mandateId, amount and currency is required");
        }
        FieldErrors errors = new FieldErrors();
        String mandateId = PayinChecks.required("mandateId", request.mandateId(), MANDATE_ID,
                "must be a mandate id like man_0123456789abcdef01234567", errors);
        Money amount = PayinChecks.amount(request.amount(), request.currency(), errors);
        Optional<LocalDate> paymentDate = paymentDate(request.paymentDate(), errors);
        errors.throwIfAny();
        return new NewCharge(mandateId, amount, paymentDate);
    }

    private Optional<LocalDate> paymentDate(String value, FieldErrors errors) {
        if (value == null) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add("paymentDate", "must be a date YYYY-MM-DD");
            return Optional.empty();
        }
        if (date.isBefore(window.today())) {
            errors.add("paymentDate", "must not be in the past (today is " + window.today() + " in " + window.zone() + ")");
            return Optional.empty();
        }
        return Optional.of(date);
    }
}
