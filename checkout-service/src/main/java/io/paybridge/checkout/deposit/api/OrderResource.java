package io.paybridge.checkout.deposit.api;

import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v1/orders/{orderRef}}: a deposit as it stands now. */
@Path("/v1/orders")
public class OrderResource {

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
