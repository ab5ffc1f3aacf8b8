package io.paybridge.checkout.link;

import io.paybridge.checkout.api.ResourceIds;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.checkout.link.domain.NewPaymentLink;
import io.paybridge.checkout.link.persistence.LinkAttempts.LinkWithAttempts;
import io.paybridge.checkout.link.persistence.LinkAttempts;
import io.paybridge.checkout.link.persistence.PaymentLink;
import io.paybridge.support.problem.ProblemException;
import io.paybridge.support.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates, reads and cancels payment links; the end user's side (the page and Pay) is {@link LinkPayments}. */
@ApplicationScoped
public class PaymentLinks {

    /** A link the merchant may not cancel any more (money moved, or it is closed already). */
    public static final ProblemType NOT_CANCELLABLE = ProblemType.of("payment-link-not-cancellable",
            "Payment link cannot be cancelled", 409);


    private final LinkAttempts links;

    public PaymentLinks(LinkAttempts links) {
        this.links = links;
    }

    /** A stored new link and its token (the only time the token exists outside the end user's browser). */
    public record CreatedLink(LinkWithAttempts link, LinkToken token) {}

    /** Stores a new link; joins the caller's transaction. */
    public Uni<CreatedLink> create(String owner, NewPaymentLink request, String correlationId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LinkToken token = LinkToken.generate();
        PaymentLink link = new PaymentLink();
        link.linkId = ResourceIds.random("plk");
        link.owner = owner;
        link.tokenSha256 = token.hash();
        link.amountMinor = request.amount().minorUnits();
        link.currency = request.amount().currencyCode();
        link.description = request.description();
        link.endUserId = request.endUser().id();
        link.endUserFirstName = request.endUser().firstName();
        link.endUserLastName = request.endUser().lastName();
        link.endUserEmail = request.endUser().email();
        link.endUserCountry = request.endUser().country();
        link.endUserLocale = request.endUser().locale();
        link.endUserPhone = request.endUser().phone().orElse(null);
        link.endUserNationalId = request.endUser().nationalId().orElse(null);
        link.successUrl = request.successUrl().toString();
        link.failUrl = request.failUrl().toString();
        link.expiresAt = now.plus(request.lifetime());
        link.correlationId = correlationId;
        link.createdAt = now;
        link.updatedAt = now;
        return link.<PaymentLink>persist()
                .map(stored -> new CreatedLink(new LinkWithAttempts(stored, java.util.List.of()), token));
    }

    /** The link as it stands, or a 404 problem. */
    @WithSession
    public Uni<LinkWithAttempts> find(String linkId) {
        return links.byId(linkId).onItem().ifNull().failWith(() -> notFound(linkId));
    }

    /** Cancels an open link (joins the caller's transaction); a cancelled one stays cancelled; else a 409 problem. */
    public Uni<LinkWithAttempts> cancel(String linkId) {
        return links.byId(linkId).onItem().ifNull().failWith(() -> notFound(linkId)).map(found -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (found.link().cancelledAt != null) {
                return found;
            }
            if (!found.standing(now).cancellable()) {
                throw new ProblemException(NOT_CANCELLABLE, "payment link " + linkId + " is "
                        + found.standing(now).status() + " and cannot be cancelled");
            }
            found.link().cancelledAt = now;
            found.link().updatedAt = now;
            return found;
        });
    }

    private static ProblemException notFound(String linkId) {
        return new ProblemException(ProblemType.NOT_FOUND, "no payment link " + linkId);
    }
}
