package io.paybridge.payout.withdrawal;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.domain.WithdrawalStatus;
import io.paybridge.payout.withdrawal.messaging.WithdrawalEvents;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Moves a withdrawal, locked by the caller's transaction, as an input says, and writes the event of the status it
 * reaches through the outbox in the same transaction: the one way every withdrawal changes.
 */
@ApplicationScoped
public class WithdrawalTransitions {

    private final OutboxWriter outbox;

    public WithdrawalTransitions(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** What caused an input: the notification (null for an API answer), its amount (may be null) and the PSP's reason. */
    public record Cause(String notificationId, Long amountMinor, String reason) {

        /** An API answer (a decision accepted or refused), not a notification. */
        public static final Cause ANSWER = new Cause(null, null, null);
    }

    /** Applies {@code input}; the new status, or empty when the withdrawal's status does not take it (nothing changed). */
    public Uni<Optional<WithdrawalStatus>> apply(Withdrawal withdrawal, WithdrawalInput input, Cause cause) {
        Optional<WithdrawalStatus> next = withdrawal.apply(input);
        if (next.isEmpty()) {
            return Uni.createFrom().item(next);
        }
        return WithdrawalEvents.reached(withdrawal, input, cause.notificationId(), cause.amountMinor(), cause.reason())
                .map(event -> outbox.write(Topics.EVENTS, withdrawal.withdrawalId, event))
                .orElse(Uni.createFrom().voidItem())
                .replaceWith(next);
    }
}
