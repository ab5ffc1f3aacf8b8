package io.paybridge.payout.withdrawal.api;

import io.paybridge.payout.withdrawal.WithdrawalDebits;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /internal/v1/withdrawal-debits}: notification-ingest-service asks how to answer a withdrawal's debit
 * before it acknowledges it (role {@code payments:psp-callbacks}). {@code {"status":"OK"}} when the withdrawal waits
 * for its debit and the amount and currency fit, {@code FAILED} otherwise; always the same for one notification id.
 */
@Path("/internal/v1/withdrawal-debits")
public class WithdrawalDebitResource {

    private final WithdrawalDebits debits;
    private final WithdrawalValidation validation;

    public WithdrawalDebitResource(WithdrawalDebits debits, WithdrawalValidation validation) {
        this.debits = debits;
        this.validation = validation;
    }

    @POST
    @RolesAllowed("payments:psp-callbacks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WithdrawalDebitAnswer> decide(WithdrawalDebitRequest body) {
        return debits.answer(validation.validate(body)).map(WithdrawalDebitAnswer::new);
    }
}
