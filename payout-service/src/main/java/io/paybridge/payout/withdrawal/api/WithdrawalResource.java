package io.paybridge.payout.withdrawal.api;

import io.paybridge.payout.api.JsonBodies;
import io.paybridge.payout.api.ListPage;
import io.paybridge.payout.api.RequestContext;
import io.paybridge.payout.withdrawal.WithdrawalDecisions;
import io.paybridge.payout.withdrawal.WithdrawalProblems;
import io.paybridge.payout.withdrawal.Withdrawals;
import io.paybridge.payout.withdrawal.domain.ManualDecision;
import io.paybridge.payout.withdrawal.domain.NewWithdrawal;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.payout.withdrawal.persistence.WithdrawalList;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.paging.ListQuery;
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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code /v1/withdrawals}: create a withdrawal (the end user chooses the amount at the PSP's checkout URL), read one or
 * a page of them, and approve or deny a DEBITED one when the PSP waits for a manual decision.
 */
@Path("/v1/withdrawals")
public class WithdrawalResource {

    private static final List<String> STATUSES = Arrays.stream(WithdrawalStatus.values()).map(Enum::name).toList();
    private static final List<ListQuery.Filter> FILTERS = List.of(new ListQuery.Filter(WithdrawalList.END_USER_ID,
            Pattern.compile("[\\x21-\\x7E]{1,255}"), "must be 1 to 255 visible ASCII characters"));

    private final Withdrawals withdrawals;
    private final WithdrawalDecisions decisions;
    private final WithdrawalValidation validation;
    private final WithdrawalList list;
    private final JsonWebToken caller;
    private final JsonBodies json;

    public WithdrawalResource(Withdrawals withdrawals, WithdrawalDecisions decisions, WithdrawalValidation validation,
            WithdrawalList list, JsonWebToken caller, JsonBodies json) {
        this.withdrawals = withdrawals;
        this.decisions = decisions;
        this.validation = validation;
        this.list = list;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed("payments:payout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@HeaderParam(IdempotentRequest.HEADER) String key,
            @HeaderParam(RequestContext.CORRELATION_HEADER) String correlation, WithdrawalRequest body) {
        NewWithdrawal withdrawal = validation.validate(body);
        String owner = caller.getSubject();
        IdempotentRequest request = IdempotentRequest.of(owner + ":POST /v1/withdrawals", key, json.bytes(body));
        return withdrawals.create(owner, withdrawal, request, RequestContext.correlationId(correlation))
                .map(StoredResponse::toResponse);
    }

    @GET
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<ListPage<WithdrawalView>> page(@Context UriInfo uri) {
        ListQuery query = ListQuery.parse(uri.getQueryParameters(), STATUSES, FILTERS);
        return list.page(query).map(page -> new ListPage<>(page.stream().map(WithdrawalView::of).toList(),
                query.startIndex(), query.count()));
    }

    @GET
    @Path("/{withdrawalId}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<WithdrawalView> withdrawal(@PathParam("withdrawalId") String withdrawalId) {
        return Withdrawal.byId(withdrawalId)
                .onItem().ifNull().failWith(() -> WithdrawalProblems.notFound(withdrawalId))
                .map(WithdrawalView::of);
    }

    @POST
    @Path("/{withdrawalId}/approve")
    @RolesAllowed("payments:approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> approve(@HeaderParam(IdempotentRequest.HEADER) String key,
            @PathParam("withdrawalId") String withdrawalId) {
        return decide(key, withdrawalId, ManualDecision.APPROVE, "approve");
    }

    @POST
    @Path("/{withdrawalId}/deny")
    @RolesAllowed("payments:approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> deny(@HeaderParam(IdempotentRequest.HEADER) String key,
            @PathParam("withdrawalId") String withdrawalId) {
        return decide(key, withdrawalId, ManualDecision.DENY, "deny");
    }

    private Uni<Response> decide(String key, String withdrawalId, ManualDecision decision, String action) {
        String actor = caller.getSubject();
        // the key is the caller's for this action; the same key for another withdrawal is another request (422)
        IdempotentRequest request = IdempotentRequest.of(actor + ":POST /v1/withdrawals/{id}/" + action, key,
                withdrawalId.getBytes(StandardCharsets.UTF_8));
        return decisions.decide(actor, withdrawalId, decision, request).map(StoredResponse::toResponse);
    }
}
