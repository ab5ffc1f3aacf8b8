package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.deposit.persistence.DepositOrders;
import io.paybridge.support.paging.ListQuery;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;

/** {@code GET /v1/orders/{orderRef}}: a deposit as it stands now; {@code GET /v1/orders}: a page of them. */
@Path("/v1/orders")
public class OrderResource {

    /** The values {@code status} accepts, spelled exactly so. */
    public static final List<String> STATUSES = Arrays.stream(DepositStatus.values()).map(Enum::name).toList();

    private final DepositOrders orders;

    public OrderResource(DepositOrders orders) {
        this.orders = orders;
    }

    @GET
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<OrderPage> orders(@Context UriInfo uri) {
        ListQuery query = ListQuery.parse(uri.getQueryParameters(), STATUSES, List.of());
        return orders.page(query).map(page -> new OrderPage(page.stream().map(DepositView::of).toList(),
                query.startIndex(), query.count()));
    }

    @GET
    @Path("/{orderRef}")
    @RolesAllowed("payments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<DepositView> order(@PathParam("orderRef") String orderRef) {
        return DepositOrder.<DepositOrder>findById(orderRef)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemType.NOT_FOUND, "no order " + orderRef))
                .map(DepositView::of);
    }
}
