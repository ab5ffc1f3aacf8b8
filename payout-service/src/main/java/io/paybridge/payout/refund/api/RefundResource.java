package io.paybridge.payout.refund.api;

import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.api.ListPage;
import io.paybridge.payout.api.RequestContext;
import io.paybridge.payout.refund.RefundIntent;
import io.paybridge.payout.refund.Refunds;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.payout.refund.persistence.RefundQueries;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.paging.ListQuery;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /v1/refunds}: refund (part of) a credited deposit; {@code GET /v1/refunds/{refundId}}: one refund;
 * {@code GET /v1/refunds}: a page of them.
 */
@Path("/v1/refunds")
public class RefundResource {

    private static final List<String> STATUSES = Arrays.stream(RefundStatus.values()).map(Enum::name).toList();
    private static final List<ListQuery.Filter> FILTERS = List.of(
            new ListQuery.Filter(RefundQueries.ORDER_REF, RefundValidation.ORDER_REF, RefundValidation.ORDER_REF_RULE));

    private final Refunds refunds;
    private final RefundQueries queries;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public RefundResource(Refunds refunds, RefundQueries queries, JsonWebToken caller, JsonBodies json) {
        this.refunds = refunds;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    /**
     * 201 with the refund when the PSP took it; 202 with it (status UNKNOWN) when the PSP's answer is unknown: the amount
     * stays reserved and the identical Refund is resent until the PSP answers; the PSP's refusal as its problem (the
     * refund is FAILED, its amount refundable again); 422 before anything is reserved when the deposit takes no such refund.
     */
    @POST
    @RolesAllowed("payments:refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, RefundRequest body) {
        RefundValidation.ValidRefund refund = RefundValidation.validate(body);
        String owner = caller.getSubject();
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/refunds", key, json.bytes(body));
        RefundIntent intent = new RefundIntent(refund.orderRef(), refund.amount(), refund.reason(), null,
                request.scope() + " " + request.key(), null, owner, RequestContext.correlationId(correlation));
        return refunds.create(intent, request).map(StoredResponse::toResponse);
    }

    @GET
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<ListPage<RefundView>> refunds(@Context UriInfo uri) {
        ListQuery query = ListQuery.parse(uri.getQueryParameters(), STATUSES, FILTERS);
        return queries.page(query).map(page -> new ListPage<>(page.stream().map(RefundView::of).toList(),
                query.startIndex(), query.count()));
    }

    @GET
    @Path("/{refundId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<RefundView> refund(@PathParam("refundId") String refundId) {
        return Refund.<Refund>findById(refundId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no refund " + refundId))
                .map(RefundView::of);
    }
}
