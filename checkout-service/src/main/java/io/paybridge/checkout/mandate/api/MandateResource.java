package io.paybridge.checkout.mandate.api;

import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.deposit.api.RequestContext;
import io.paybridge.checkout.mandate.Mandates;
import io.paybridge.checkout.mandate.domain.NewMandate;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code POST /v1/mandates}: a direct-debit mandate (SelectAccount) answered with where the end user picks the account; {@code GET} one. */
@Path("/v1/mandates")
public class MandateResource {

    private final Mandates mandates;
    private final MandateValidation validation;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public MandateResource(Mandates mandates, MandateValidation validation, JsonWebToken caller, JsonBodies json) {
        this.mandates = mandates;
        this.validation = validation;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, MandateRequest body) {
        NewMandate mandate = validation.validate(body);
        String owner = caller.getSubject();
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/mandates", key, json.bytes(body));
        return mandates.create(owner, mandate, request, RequestContext.correlationId(correlation))
                .map(StoredResponse::toResponse);
    }

    @GET
    @Path("/{mandateId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<MandateView> mandate(@PathParam("mandateId") String mandateId) {
        return Mandate.<Mandate>findById(mandateId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no mandate " + mandateId))
                .map(MandateView::of);
    }
}
