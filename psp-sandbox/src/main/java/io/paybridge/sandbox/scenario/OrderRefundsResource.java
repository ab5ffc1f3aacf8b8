package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.order.OrderKind;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /sandbox/orders/{orderid}/refunds}: the refunds (child orders) of a deposit or charge, oldest
 * first. Trustly answers a Refund with the deposit's orderid, so this is how a test finds a refund's own
 * orderid (to fail it with {@code refund-fails}) or counts refunds.
 */
@Path("/sandbox/orders/{orderid}/refunds")
@Produces(MediaType.APPLICATION_JSON)
public class OrderRefundsResource {

    /** A refund as the admin API shows it: amount as Trustly writes it, state as the sandbox holds it. */
    public record RefundView(String orderid, String amount, String currency, String state, String externalReference) {

        static RefundView of(SandboxOrder refund) {
            return new RefundView(refund.orderId.toString(), TrustlyAmounts.decimal(refund.amountMinor, refund.currency),
                    refund.currency, refund.state.name(), refund.externalReference);
        }
    }

    @GET
    @WithSession
    public Uni<List<RefundView>> refunds(@PathParam("orderid") String orderid) {
        long orderId = OrderProblems.orderId(orderid);
        return SandboxOrder.<SandboxOrder>findById(orderId).flatMap(order -> {
            if (order == null) {
                throw OrderProblems.notFound(Long.toString(orderId));
            }
            if (order.kind != OrderKind.DEPOSIT && order.kind != OrderKind.CHARGE) {
                throw new ProblemException(OrderProblems.ORDER_NOT_FOUND,
                        "order " + orderId + " is a " + order.kind.method() + "; only deposits and charges have refunds");
            }
            return SandboxOrder.refundsOf(orderId);
        }).map(refunds -> refunds.stream().map(RefundView::of).toList());
    }
}
