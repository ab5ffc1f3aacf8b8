package io.paybridge.checkout.charge.api;

import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.charge.Charges;
import io.paybridge.checkout.charge.domain.NewCharge;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.deposit.api.RequestContext;
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

/** {@code POST /v1/charges}: charge an ACTIVE mandate; {@code GET} one; {@code POST .../cancel}: CancelCharge. */
@Path("/v1/charges")
public class ChargeResource {

    private final Charges charges;
    private final ChargeValidation validation;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public ChargeResource(Charges charges, ChargeValidation validation, JsonWebToken caller, JsonBodies json) {
        this.charges = charges;
        this.validation = validation;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, ChargeRequest body) {
        NewCharge charge = validation.validate(body);
        String owner = caller.getSubject();
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/charges", key, json.bytes(body));
        return charges.create(owner, charge.mandateId(), charge.amount(), charge.paymentDate().orElse(null), request,
                RequestContext.correlationId(correlation)).map(StoredResponse::toResponse);
    }

    @GET
    @Path("/{chargeId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<ChargeView> charge(@PathParam("chargeId") String chargeId) {
        return Charge.<Charge>findById(chargeId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no charge " + chargeId))
                .map(ChargeView::of);
    }

    @POST
    @Path("/{chargeId}/cancel")
    @RolesAllowed("payments:checkout")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> cancel(@HeaderParam(IdempotentRequest.HEADER) String key, @PathParam("chargeId") String chargeId) {
        IdempotentRequest request = IdempotentRequest.of(caller.getSubject() + ":POST /v1/charges/" + chargeId + "/cancel", key,
                chargeId);
        return charges.cancel(chargeId, request).map(StoredResponse::toResponse);
    }
}
