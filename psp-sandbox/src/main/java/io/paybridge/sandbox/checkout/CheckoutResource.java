package io.paybridge.sandbox.checkout;

import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.sandbox.scenario.ApproveCommand;
import io.paybridge.sandbox.scenario.OrderLifecycle;
import io.paybridge.sandbox.scenario.OrderProblems;
import io.paybridge.sandbox.scenario.OrderStatus;
import io.paybridge.sandbox.scenario.Scenario;
import io.paybridge.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Function;

/**
 * The end user's side of an order at {@code /checkout/{orderid}} (the url a Deposit, Withdraw or
 * SelectAccount returns): the page, and its Approve and Cancel forms, which redirect (303) to the
 * merchant's SuccessURL or FailURL – or to a result page when the order has none. Failures are
 * HTML pages with the problem's status (404, 409, 410 expired, 400).
 */
@Path("/checkout/{orderid}")
public class CheckoutResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final OrderLifecycle lifecycle;

    public CheckoutResource(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GET
    public Uni<Response> page(@PathParam("orderid") String orderid) {
        return checkoutOrder(orderid, order -> {
            if (order.state == OrderState.EXPIRED
                    || (order.state == OrderState.CREATED && lifecycle.isExpired(order))) {
                return html(410, Pages.expired(order.orderId));
            }
            if (order.state != OrderState.CREATED || order.testCase != null) {
                return html(200, Pages.closed(order));
            }
            return html(200, CheckoutPage.render(order));
        });
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> approve(@PathParam("orderid") String orderid, @FormParam("scenario") String scenario,
            @FormParam("bank") String bank, @FormParam("amount") String amount) {
        return act(orderid, id -> lifecycle.approve(id, new ApproveCommand(scenario, bank, amount)), true);
    }

    @POST
    @Path("/cancel")
    public Uni<Response> cancel(@PathParam("orderid") String orderid) {
        return act(orderid, lifecycle::cancel, false);
    }

    @GET
    @Path("/result")
    public Uni<Response> result(@PathParam("orderid") String orderid) {
        return checkoutOrder(orderid, order -> html(200, Pages.result(order)));
    }

    private Uni<Response> act(String orderid, Function<Long, Uni<OrderStatus>> action, boolean approving) {
        Uni<Response> done = loadCheckoutOrder(orderid).flatMap(order -> action.apply(order.orderId)
                .map(status -> redirect(order, approving)));
        return done.onFailure(ProblemException.class).recoverWithItem(CheckoutResource::problemPage);
    }

    private Uni<Response> checkoutOrder(String orderid, Function<SandboxOrder, Response> render) {
        return loadCheckoutOrder(orderid).map(render)
                .onFailure(ProblemException.class).recoverWithItem(CheckoutResource::problemPage);
    }

    /** The order if it exists and has a checkout; else a 404 problem (a refund has no page). */
    private static Uni<SandboxOrder> loadCheckoutOrder(String orderid) {
        return Uni.createFrom().item(() -> OrderProblems.orderId(orderid))
                .flatMap(id -> Panache.withSession(() -> SandboxOrder.<SandboxOrder>findById(id))).map(order -> {
            if (order == null || !Scenario.hasCheckout(order.kind)) {
                throw new ProblemException(OrderProblems.ORDER_NOT_FOUND, "no checkout for order " + orderid);
            }
            return order;
        });
    }

    private static Response redirect(SandboxOrder order, boolean approved) {
        URI target = returnUrl(approved ? order.successUrl : order.failUrl);
        return Response.seeOther(target != null ? target : URI.create("/checkout/" + order.orderId + "/result"))
                .header("Cache-Control", "no-store").build();
    }

    /** The merchant's URL when it is an absolute http(s) URL; anything else (javascript:, relative) is not followed. */
    private static URI returnUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response problemPage(ProblemException problem) {
        return html(problem.problem().status(), Pages.message(problem.problem().title(), problem.problem().detail()));
    }

    private static Response html(int status, String page) {
        return Response.status(status).type(HTML).entity(page)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
