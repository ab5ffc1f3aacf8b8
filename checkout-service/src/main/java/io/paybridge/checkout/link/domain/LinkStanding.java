package io.paybridge.checkout.link.domain;

import io.paybridge.checkout.deposit.domain.DepositStatus;
import java.time.Instant;
import java.util.List;

/**
 * A link's status and what pressing Pay does, decided from the link's expiry, whether it was cancelled, and the
 * statuses of its attempts in order. Money decides first: a credited attempt makes the link PAID whatever else
 * happened, a reversed one REVERSED, a pending one PROCESSING. Then the merchant's cancel, then the expiry.
 * Only CANCELLED and EXPIRED attempts leave room for a new one.
 *
 * @param status where the link stands
 * @param openAttempt the number (1-based) of an attempt still CREATED at the PSP, which Pay continues; 0 if none
 * @param nextAttempt the number a new attempt gets
 */
public record LinkStanding(PaymentLinkStatus status, int openAttempt, int nextAttempt) {

    /** The standing at {@code now} of a link expiring at {@code expiresAt} with attempts in {@code attempts}. */
    public static LinkStanding of(Instant expiresAt, boolean cancelled, List<DepositStatus> attempts, Instant now) {
        int next = attempts.size() + 1;
        if (attempts.contains(DepositStatus.CREDITED)) {
            return new LinkStanding(PaymentLinkStatus.PAID, 0, next);
        }
        if (attempts.contains(DepositStatus.DEBITED)) {
            return new LinkStanding(PaymentLinkStatus.REVERSED, 0, next);
        }
        if (attempts.contains(DepositStatus.PENDING)) {
            return new LinkStanding(PaymentLinkStatus.PROCESSING, 0, next);
        }
        if (cancelled) {
            return new LinkStanding(PaymentLinkStatus.CANCELLED, 0, next);
        }
        if (!now.isBefore(expiresAt)) {
            return new LinkStanding(PaymentLinkStatus.EXPIRED, 0, next);
        }
        int open = attempts.lastIndexOf(DepositStatus.CREATED) + 1;
        return new LinkStanding(PaymentLinkStatus.OPEN, open, next);
    }

    /** Whether the merchant may still cancel the link: no money moved and it is not closed already. */
    public boolean cancellable() {
        return status == PaymentLinkStatus.OPEN;
    }
}
