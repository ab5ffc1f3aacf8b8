package io.paybridge.sandbox.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;

/**
 * Headless checkout: {@code POST /sandbox/orders/{orderid}/approve} (optional body
 * {@code {"scenario","bank","amount"}}) and {@code .../cancel} do what the checkout page's buttons do
 * and answer the order's state. Approving a Refund or AccountPayout makes it fail (refund-fails,
 * payout-returned).
 */
@Path("/sandbox/orders/{orderid}")
@Produces(MediaType.APPLICATION_JSON)
public class OrderActionResource {

    private final OrderLifecycle lifecycle;
    private final ObjectMapper json;

    public OrderActionResource(OrderLifecycle lifecycle, ObjectMapper json) {
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** The optional body of an approval. */
    public record ApproveBody(String scenario, String bank, String amount) {
    }

    @POST
    @Path("/approve")
    public Uni<OrderStatus> approve(@PathParam("orderid") String orderid, byte[] body) throws IOException {
        // the body is optional and curl sends none without a Content-Type, so it is read here rather than by JAX-RS
        ApproveBody approval = body == null || body.length == 0 ? null : json.readValue(body, ApproveBody.class);
        ApproveCommand command = approval == null ? ApproveCommand.DEFAULTS
                : new ApproveCommand(approval.scenario(), approval.bank(), approval.amount());
        return lifecycle.approve(OrderProblems.orderId(orderid), command);
    }

    @POST
    @Path("/cancel")
    public Uni<OrderStatus> cancel(@PathParam("orderid") String orderid) {
        return lifecycle.cancel(OrderProblems.orderId(orderid));
    }
}
