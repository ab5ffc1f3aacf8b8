package io.paybridge.checkout.link.persistence;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.link.domain.LinkStanding;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads a link together with its attempts' deposits, in attempt order. */
@ApplicationScoped
public class LinkAttempts {

    /** One attempt as the link sees it. */
    public record Attempt(int number, String orderRef, DepositStatus status, String checkoutUrl) {}

    /** A link and its attempts. */
    public record LinkWithAttempts(PaymentLink link, List<Attempt> attempts) {

        /** The link's standing at {@code now}. */
        public LinkStanding standing(Instant now) {
            return LinkStanding.of(link.expiresAt, link.cancelledAt != null,
                    attempts.stream().map(Attempt::status).toList(), now);
        }
    }

    /** The link with this id, or null. */
    public Uni<LinkWithAttempts> byId(String linkId) {
        return PaymentLink.<PaymentLink>findById(linkId).flatMap(this::withAttempts);
    }

    /** The link whose token has this SHA-256, or null. */
    public Uni<LinkWithAttempts> byTokenHash(String tokenSha256) {
        return PaymentLink.<PaymentLink>find("tokenSha256", tokenSha256).firstResult().flatMap(this::withAttempts);
    }

    private Uni<LinkWithAttempts> withAttempts(PaymentLink link) {
        if (link == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select a.attempt, a.orderRef, d.status, d.checkoutUrl from PaymentLinkAttempt a, DepositOrder d"
                                + " where d.orderRef = a.orderRef and a.linkId = :linkId order by a.attempt", Object[].class)
                        .setParameter("linkId", link.linkId)
                        .getResultList())
                .map(rows -> new LinkWithAttempts(link, rows.stream()
                        .map(row -> new Attempt((Integer) row[0], (String) row[1], (DepositStatus) row[2], (String) row[3]))
                        .toList()));
    }
}
