package io.paybridge.payout.accountpayout;

import io.paybridge.contracts.Topics;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.messaging.PayoutEvents;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Moves an account payout through its state machine inside the caller's transaction and writes the event of the
 * status entered to the outbox; an input the state machine refuses is recorded as an anomaly, never applied.
 */
@ApplicationScoped
public class PayoutTransitions {

    private static final String ANOMALY = "INSERT INTO account_payout_anomaly (payout_id, notification_id, input,"
            + " status_then, detail) VALUES (?1, ?2, ?3, ?4, ?5)";

    private final OutboxWriter outbox;

    public PayoutTransitions(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** The event of a new payout. */
    public Uni<Void> requested(Payout payout) {
        return outbox.write(Topics.EVENTS, payout.payoutId, PayoutEvents.requested(payout));
    }

    /**
     * Moves {@code payout} on {@code input} and writes the event of the status entered; {@code notificationId} is
     * the notification that caused it, or null for an API call or a PSP answer.
     *
     * @return the status entered, empty when the input changed nothing
     */
    public Uni<Optional<PayoutStatus>> enter(Payout payout, PayoutInput input, String notificationId) {
        Optional<PayoutStatus> entered = payout.move(input, now());
        if (entered.isEmpty()) {
            return Uni.createFrom().item(entered);
        }
        return PayoutEvents.entered(entered.get(), payout, notificationId)
                .map(event -> outbox.write(Topics.EVENTS, payout.payoutId, event))
                .orElseGet(() -> Uni.createFrom().voidItem())
                .replaceWith(entered);
    }

    /** Records a notification that was not applied to {@code payout}, with why. */
    public Uni<Void> anomaly(Payout payout, String notificationId, String input, String detail) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ANOMALY)
                .setParameter(1, payout.payoutId)
                .setParameter(2, notificationId)
                .setParameter(3, input)
                .setParameter(4, payout.status.name())
                .setParameter(5, detail)
                .executeUpdate()).replaceWithVoid();
    }

    /** Now, at the database's precision. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
