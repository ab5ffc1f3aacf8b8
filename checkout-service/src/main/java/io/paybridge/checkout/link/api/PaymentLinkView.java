package io.paybridge.checkout.link.api;

import io.paybridge.checkout.link.persistence.LinkAttempts.Attempt;
import io.paybridge.checkout.link.persistence.LinkAttempts.LinkWithAttempts;
import io.paybridge.checkout.link.persistence.PaymentLink;
import io.paybridge.support.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A payment link as the API shows it. {@code url} carries the link's token and is shown once, in the answer
 * that created the link: the token is not stored, so reads and Idempotency-Key replays show {@code null}.
 */
public record PaymentLinkView(String linkId, String url, String status, String amount, String currency,
        String description, String endUserId, Instant expiresAt, Instant cancelledAt, List<AttemptView> attempts,
        String correlationId, Instant createdAt, Instant updatedAt) {

    /** One deposit made from the link. */
    public record AttemptView(int attempt, String orderRef, String status) {}

    public static PaymentLinkView of(LinkWithAttempts found, String url, Instant now) {
        PaymentLink link = found.link();
        return new PaymentLinkView(link.linkId, url, found.standing(now).status().name(),
                Money.ofMinor(link.amountMinor, link.currency).toDecimalString(), link.currency, link.description,
                link.endUserId, link.expiresAt, link.cancelledAt,
                found.attempts().stream().map(PaymentLinkView::attempt).toList(),
                link.correlationId, link.createdAt, link.updatedAt);
    }

    private static AttemptView attempt(Attempt attempt) {
        return new AttemptView(attempt.number(), attempt.orderRef(), attempt.status().name());
    }
}
