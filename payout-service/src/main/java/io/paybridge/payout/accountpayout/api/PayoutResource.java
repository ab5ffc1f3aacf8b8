package io.paybridge.payout.accountpayout.api;

import io.paybridge.payout.accountpayout.AccountPayouts;
import io.paybridge.payout.accountpayout.PayoutChecks;
import io.paybridge.payout.accountpayout.domain.NewPayout;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.accountpayout.persistence.PayoutQueries;
import io.paybridge.payout.api.AmountField;
import io.paybridge.payout.api.FieldErrors;
import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.api.ListPage;
import io.paybridge.payout.api.RequestContext;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.money.Money;
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
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code POST /v1/payouts}: an account payout (sent at once up to the approval threshold, else it waits);
 * {@code POST .../approve} and {@code .../reject}: the second principal's decision; {@code GET} one or a page.
 */
@Path("/v1/payouts")
public class PayoutResource {

    private static final List<String> STATUSES = Arrays.stream(PayoutStatus.values()).map(Enum::name).toList();
    private static final List<ListQuery.Filter> FILTERS = List.of(
            new ListQuery.Filter(PayoutQueries.ACCOUNT_ID, Pattern.compile("[\\x21-\\x7E]{1,64}"), "must be a PSP account id"),
            new ListQuery.Filter(PayoutQueries.END_USER_ID, Pattern.compile("[\\x21-\\x7E]{1,255}"),
                    "must be 1 to 255 visible ASCII characters"));

    private final AccountPayouts payouts;
    private final PayoutQueries queries;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public PayoutResource(AccountPayouts payouts, PayoutQueries queries, JsonWebToken caller, JsonBodies json) {
        this.payouts = payouts;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:payout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, PayoutRequest body) {
        NewPayout payout = validate(body);
        String requester = subject();
        IdempotentRequest request = IdempotentRequest.of(requester + ":POST /v1/payouts", key, json.bytes(body));
        return payouts.request(requester, payout, request, RequestContext.correlationId(correlation))
                .map(StoredResponse::toResponse);
    }

    @GET
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<ListPage<PayoutView>> payouts(@Context UriInfo uri) {
        ListQuery query = ListQuery.parse(uri.getQueryParameters(), STATUSES, FILTERS);
        return queries.page(query).map(page -> new ListPage<>(page.stream().map(PayoutView::of).toList(),
                query.startIndex(), query.count()));
    }

    @GET
    @Path("/{payoutId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<PayoutView> payout(@PathParam("payoutId") String payoutId) {
        return Payout.<Payout>findById(payoutId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no payout " + payoutId))
                .map(PayoutView::of);
    }

    @POST
    @Path("/{payoutId}/approve")
    @RolesAllowed("payments:approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> approve(@HeaderParam(IdempotentRequest.HEADER) String key, @PathParam("payoutId") String payoutId) {
        String approver = subject();
        IdempotentRequest request = IdempotentRequest.of(approver + ":POST /v1/payouts/" + payoutId + "/approve", key, payoutId);
        return payouts.approve(payoutId, approver, request).map(StoredResponse::toResponse);
    }

    @POST
    @Path("/{payoutId}/reject")
    @RolesAllowed("payments:approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> reject(@HeaderParam(IdempotentRequest.HEADER) String key, @PathParam("payoutId") String payoutId) {
        String principal = subject();
        IdempotentRequest request = IdempotentRequest.of(principal + ":POST /v1/payouts/" + payoutId + "/reject", key, payoutId);
        return payouts.reject(payoutId, principal, request).map(StoredResponse::toResponse);
    }

    private static NewPayout validate(PayoutRequest body) {
        if (body == null) {
            throw ProblemException.invalid("body", "a JSON object with accountId, endUserId, amount, currency and"
                    + " shopperStatement is required");
        }
        FieldErrors errors = new FieldErrors();
        Money amount = AmountField.positive(body.amount(), body.currency(), errors);
        return PayoutChecks.validate(body.accountId(), body.endUserId(), amount, body.shopperStatement(), errors);
    }

    /** Four eyes needs to know who asks: a token without a subject may not request or decide payouts. */
    private String subject() {
        String subject = caller.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the token names no subject; payouts need to know who asks");
        }
        return subject;
    }
}
