package io.paybridge.checkout.link.api;

import io.paybridge.checkout.api.JsonBodies;
import io.paybridge.checkout.deposit.api.RequestContext;
import io.paybridge.checkout.link.PaymentLinkConfig;
import io.paybridge.checkout.link.PaymentLinks;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.checkout.link.domain.NewPaymentLink;
import io.paybridge.support.idempotency.IdempotencyKeys;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /v1/payment-links}: a link the merchant sends to the end user, answered with its URL on
 * checkout-service ({@code /pay/{token}}); {@code GET /v1/payment-links/{id}}: the link as it stands;
 * {@code POST /v1/payment-links/{id}/cancel}: closes an open link.
 */
@Path("/v1/payment-links")
public class PaymentLinkResource {

    private final PaymentLinks links;
    private final PaymentLinkValidation validation;
    private final IdempotencyKeys idempotency;
    private final PaymentLinkConfig config;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public PaymentLinkResource(PaymentLinks links, PaymentLinkValidation validation, IdempotencyKeys idempotency,
            PaymentLinkConfig config, JsonWebToken caller, JsonBodies json) {
        this.links = links;
        this.validation = validation;
        this.idempotency = idempotency;
        this.config = config;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:checkout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, @Context UriInfo uri,
            PaymentLinkRequest body) {
        NewPaymentLink link = validation.validate(body);
        String owner = caller.getSubject();
        String correlationId = RequestContext.correlationId(correlation);
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/payment-links", key, json.bytes(body));
        // The stored answer (replayed for the same key) has no URL: the token exists only in this first answer.
        AtomicReference<PaymentLinkView> first = new AtomicReference<>();
        return idempotency.execute(request, () -> links.create(owner, link, correlationId).map(created -> {
            Instant now = Instant.now();
            first.set(PaymentLinkView.of(created.link(), url(uri, created.token()), now));
            return new StoredResponse(201, MediaType.APPLICATION_JSON, location(created.link().link().linkId),
                    json.text(PaymentLinkView.of(created.link(), null, now)));
        })).map(stored -> first.get() == null
                ? stored.toResponse()
                : Response.status(201).type(MediaType.APPLICATION_JSON).location(URI.create(stored.location()))
                        .entity(json.text(first.get())).build());
    }

    @GET
    @Path("/{linkId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PaymentLinkView> link(@PathParam("linkId") String linkId) {
        return links.find(linkId).map(found -> PaymentLinkView.of(found, null, Instant.now()));
    }

    @POST
    @Path("/{linkId}/cancel")
    @RolesAllowed("payments:checkout")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> cancel(@HeaderParam(IdempotentRequest.HEADER) String key, @PathParam("linkId") String linkId) {
        IdempotentRequest request = IdempotentRequest.of(caller.getSubject() + ":POST /v1/payment-links/cancel", key,
                linkId);
        return idempotency.execute(request, () -> links.cancel(linkId).map(found -> new StoredResponse(200,
                        MediaType.APPLICATION_JSON, null, json.text(PaymentLinkView.of(found, null, Instant.now())))))
                .map(StoredResponse::toResponse);
    }

    private String url(UriInfo uri, LinkToken token) {
        URI base = config.publicUrl().orElse(uri.getBaseUri());
        return UriBuilder.fromUri(base).path("pay").path(token.value()).build().toString();
    }

    private static String location(String linkId) {
        return "/v1/payment-links/" + linkId;
    }
}
