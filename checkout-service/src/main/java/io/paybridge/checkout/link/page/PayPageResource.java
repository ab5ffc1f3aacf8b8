package io.paybridge.checkout.link.page;

import io.paybridge.checkout.deposit.api.RequestContext;
import io.paybridge.checkout.link.LinkPayments;
import io.paybridge.checkout.link.PaymentLinkConfig;
import io.paybridge.checkout.link.domain.LinkStanding;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.checkout.link.persistence.LinkAttempts.LinkWithAttempts;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /pay/{token}}: the end user's page of a payment link (no login: the token is the capability). GET shows
 * the payment and never calls the PSP; only POST (the Pay button) starts or continues a Deposit and answers 303 to
 * the PSP's checkout. Closed links answer 409 (paid, processing, reversed) or 410 (expired, cancelled).
 */
@Path("/pay/{token}")
public class PayPageResource {

    private static final Logger LOG = Logger.getLogger(PayPageResource.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final LinkPayments payments;
    private final PaymentLinkConfig config;

    public PayPageResource(LinkPayments payments, PaymentLinkConfig config) {
        this.payments = payments;
        this.config = config;
    }

    @GET
    public Uni<Response> page(@PathParam("token") String text) {
        Optional<LinkToken> token = LinkToken.parse(text);
        if (token.isEmpty()) {
            return Uni.createFrom().item(html(404, PayPages.notFound()));
        }
        return payments.find(token.get()).map(found -> show(found, token.get()));
    }

    @POST
    public Uni<Response> pay(@PathParam("token") String text) {
        Optional<LinkToken> token = LinkToken.parse(text);
        if (token.isEmpty()) {
            return Uni.createFrom().item(html(404, PayPages.notFound()));
        }
        return payments.press(token.get(), RequestContext.traceparent())
                .map(press -> press == null ? html(404, PayPages.notFound())
                        : press.checkout().map(PayPageResource::toCheckout).orElseGet(() -> show(press.shown(), token.get())))
                .onFailure(ProblemException.class).recoverWithItem(failure -> notStarted((ProblemException) failure, token.get()));
    }

    private Response show(LinkWithAttempts found, LinkToken token) {
        if (found == null) {
            return html(404, PayPages.notFound());
        }
        LinkStanding standing = found.standing(Instant.now());
        int status = switch (standing.status()) {
            case OPEN -> 200;
            case PROCESSING, PAID, REVERSED -> 409;
            case CANCELLED, EXPIRED -> 410;
        };
        return html(status, PayPages.link(found.link(), standing, token, config.payee()));
    }

    private static Response notStarted(ProblemException failure, LinkToken token) {
        int status = failure.problem().status();
        if (failure.problem().type().equals(ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT.uri())) {
            return html(409, PayPages.tryAgain(token, "Your payment is being started. Press the button again in a moment."));
        }
        LOG.warnf("a payment link's Deposit could not be started: %s %s", status, failure.problem().type());
        return html(status >= 500 ? status : 502, PayPages.tryAgain(token,
                "We could not reach the bank just now. Please try again in a minute."));
    }

    private static Response toCheckout(URI checkout) {
        return secured(Response.seeOther(checkout)).build();
    }

    private static Response html(int status, String page) {
        return secured(Response.status(status).type(HTML).entity(page)).build();
    }

    private static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", PayPages.CONTENT_SECURITY_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
