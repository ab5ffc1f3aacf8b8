package io.paybridge.checkout.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paybridge.checkout.deposit.Deposits;
import io.paybridge.checkout.deposit.domain.NewDeposit;
import io.paybridge.checkout.deposit.domain.NewDeposit.NewDepositEndUser;
import io.paybridge.checkout.link.domain.LinkStanding;
import io.paybridge.checkout.link.domain.LinkToken;
import io.paybridge.checkout.link.domain.PaymentLinkStatus;
import io.paybridge.checkout.link.persistence.LinkAttempts;
import io.paybridge.checkout.link.persistence.LinkAttempts.LinkWithAttempts;
import io.paybridge.checkout.link.persistence.PaymentLink;
import io.paybridge.checkout.link.persistence.PaymentLinkAttempt;
import io.paybridge.support.idempotency.IdempotentRequest;
import io.paybridge.support.idempotency.StoredResponse;
import io.paybridge.support.money.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The end user's side of a link: finds it by its token and, when Pay is pressed, continues the attempt still
 * open at the PSP or makes a new Deposit through {@link Deposits} (recording the attempt in the same
 * transaction). Attempt n of a link is one idempotent intent (key {@code attempt-n} in the link's scope), so a
 * double click, or a retry after a lost PSP answer, never makes a second order for the same attempt.
 */
@ApplicationScoped
public class LinkPayments {

    private final LinkAttempts links;
    private final Deposits deposits;
    private final ObjectMapper json;

    public LinkPayments(LinkAttempts links, Deposits deposits, ObjectMapper json) {
        this.links = links;
        this.deposits = deposits;
        this.json = json;
    }

    /** What pressing Pay led to: the PSP's checkout to go to, or the link to show again (it is not open). */
    public record Press(Optional<URI> checkout, LinkWithAttempts shown) {}

    /** The link with this token, or null. */
    public Uni<LinkWithAttempts> find(LinkToken token) {
        return Panache.withSession(() -> links.byTokenHash(token.hash()));
    }

    /**
     * Presses Pay on the link with this token (null when there is none). The PSP call happens outside any
     * database session; a failure of it arrives as the {@code ProblemException} the deposit flow raised.
     */
    public Uni<Press> press(LinkToken token, String traceparent) {
        return find(token).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            LinkStanding standing = found.standing(Instant.now());
            if (standing.status() != PaymentLinkStatus.OPEN) {
                return Uni.createFrom().item(new Press(Optional.empty(), found));
            }
            if (standing.openAttempt() > 0) {
                String url = found.attempts().get(standing.openAttempt() - 1).checkoutUrl();
                return Uni.createFrom().item(new Press(Optional.of(URI.create(url)), found));
            }
            return newAttempt(found.link(), standing.nextAttempt(), traceparent)
                    .map(url -> new Press(Optional.of(url), found));
        });
    }

    private Uni<URI> newAttempt(PaymentLink link, int attempt, String traceparent) {
        IdempotentRequest intent = IdempotentRequest.of(link.owner + ":POST /pay/" + link.linkId, "attempt-" + attempt,
                (link.linkId + "\n" + attempt).getBytes(StandardCharsets.UTF_8));
        return deposits.create(link.owner, deposit(link), intent, link.correlationId, traceparent, order -> {
            PaymentLinkAttempt row = new PaymentLinkAttempt();
            row.orderRef = order.orderRef;
            row.linkId = link.linkId;
            row.attempt = attempt;
            row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return row.persist().replaceWithVoid();
        }).map(this::checkoutUrl);
    }

    private static NewDeposit deposit(PaymentLink link) {
        NewDepositEndUser endUser = new NewDepositEndUser(link.endUserId, link.endUserFirstName, link.endUserLastName,
                link.endUserEmail, link.endUserCountry, link.endUserLocale, Optional.ofNullable(link.endUserPhone),
                Optional.ofNullable(link.endUserNationalId));
        return new NewDeposit(Money.ofMinor(link.amountMinor, link.currency), endUser, URI.create(link.successUrl),
                URI.create(link.failUrl), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private URI checkoutUrl(StoredResponse created) {
        try {
            return URI.create(json.readTree(created.body()).path("checkoutUrl").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored deposit response is always a deposit view", e);
        }
    }
}
