package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.deposit.Deposits;
import io.paybridge.checkout.deposit.domain.NewDeposit;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code POST /v1/deposits}: a deposit (or pay by invoice) at the PSP, answered with where the end user pays. */
@Path("/v1/deposits")
public class DepositResource {

    private final Deposits deposits;
    private final DepositValidation validation;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public DepositResource(Deposits deposits, DepositValidation validation, JsonWebToken caller, JsonBodies json) {
        this.deposits = deposits;
        this.validation = validation;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, DepositRequest body) {
        NewDeposit deposit = validation.validate(body);
        String owner = caller.getSubject();
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/deposits", key, json.bytes(body));
        return deposits.create(owner, deposit, request, RequestContext.correlationId(correlation), RequestContext.traceparent())
                .map(StoredResponse::toResponse);
    }
}
