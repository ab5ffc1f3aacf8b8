package io.paybridge.payout.withdrawal;

import io.paybridge.payout.withdrawal.WithdrawalTransitions.Cause;
import io.paybridge.payout.withdrawal.domain.DebitDecision;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.payout.withdrawal.persistence.WithdrawalDebit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Decides how a withdrawal's debit notification is answered (asked by notification-ingest-service before it
 * acknowledges the debit): OK moves the withdrawal to DEBITED with the amount the end user chose, in the transaction
 * that stores the answer; FAILED changes nothing (the PSP aborts and cancels). One notification id always gets the
 * answer it got first: the notification id's lock serialises copies, and the stored answer is read before deciding.
 */
@ApplicationScoped
public class WithdrawalDebits {

    private static final Logger LOG = Logger.getLogger(WithdrawalDebits.class);
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext(?1))";

    private final WithdrawalTransitions transitions;

    public WithdrawalDebits(WithdrawalTransitions transitions) {
        this.transitions = transitions;
    }

    /** A debit notification as the ingest received it; {@code amount} is the PSP's decimal string as sent. */
    public record Debit(String notificationId, String pspOrderId, String messageId, String amount, String currency) {
    }

    /** {@code OK} or {@code FAILED}, stored with the notification id before it is returned. */
    public Uni<String> answer(Debit debit) {
        return Panache.withTransaction(() -> lock(debit.notificationId())
                .chain(() -> WithdrawalDebit.<WithdrawalDebit>findById(debit.notificationId()))
                .chain(stored -> stored != null ? Uni.createFrom().item(stored.status)
                        : Withdrawal.lockedByMessageId(debit.messageId()).chain(withdrawal -> decide(withdrawal, debit))));
    }

    private Uni<String> decide(Withdrawal withdrawal, Debit debit) {
        DebitDecision decision = withdrawal == null ? DebitDecision.unknownWithdrawal()
                : DebitDecision.decide(withdrawal.status, withdrawal.pspOrderId, withdrawal.currency,
                        withdrawal.minAmount(), withdrawal.maxAmount(), debit.pspOrderId(), debit.amount(), debit.currency());
        WithdrawalDebit answer = new WithdrawalDebit();
        answer.notificationId = debit.notificationId();
        answer.withdrawalId = withdrawal == null ? null : withdrawal.withdrawalId;
        answer.pspOrderId = debit.pspOrderId();
        answer.messageId = debit.messageId();
        answer.amount = debit.amount();
        answer.currency = debit.currency();
        answer.status = decision.status();
        answer.reason = decision.reason().tag();
        answer.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LOG.infof("withdrawal debit %s (withdrawal %s, PSP order %s) answered %s: %s", debit.notificationId(),
                answer.withdrawalId, debit.pspOrderId(), answer.status, answer.reason);
        return answer.persist().chain(() -> decision.ok() ? debited(withdrawal, debit, decision) : Uni.createFrom().voidItem())
                .replaceWith(answer.status);
    }

    private Uni<Void> debited(Withdrawal withdrawal, Debit debit, DebitDecision decision) {
        withdrawal.amountMinor = decision.amountMinor();
        withdrawal.debitNotificationId = debit.notificationId();
        return transitions.apply(withdrawal, WithdrawalInput.DEBIT_ACCEPTED,
                new Cause(debit.notificationId(), decision.amountMinor(), null)).replaceWithVoid();
    }

    /** Takes the notification id's lock for the rest of the transaction: a concurrent copy waits, then finds the answer. */
    private static Uni<Void> lock(String notificationId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(LOCK)
                .setParameter(1, "withdrawal-debit:" + notificationId).getSingleResult()).replaceWithVoid();
    }
}
