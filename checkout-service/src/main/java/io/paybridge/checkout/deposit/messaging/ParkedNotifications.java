package io.paybridge.checkout.deposit.messaging;

import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.contracts.serde.EventCodec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * Notifications for PSP orders not stored yet: the PSP may notify before the Deposit (SelectAccount, Charge) call's answer is
 * committed. Parking and applying both hold the PSP order's transaction-scoped advisory lock, so a
 * notification is either parked before the order's transaction looks, or finds the order stored.
 */
@ApplicationScoped
public class ParkedNotifications {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext(?1))";
    private static final String PARK = "INSERT INTO parked_notification (event_id, psp_order_id, payload) VALUES (?1, ?2, ?3)"
            + " ON CONFLICT (event_id) DO NOTHING";
    private static final String PARKED = "SELECT payload FROM parked_notification WHERE psp_order_id = ?1"
            + " ORDER BY parked_at, event_id";
    private static final String UNPARK = "DELETE FROM parked_notification WHERE psp_order_id = ?1";

    private final DepositNotificationApplier applier;
    private final EventCodec codec = EventCodec.shared();

    public ParkedNotifications(DepositNotificationApplier applier) {
        this.applier = applier;
    }

    /** Takes the PSP order's lock for the rest of the current transaction. */
    public Uni<Void> lock(String pspOrderId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(LOCK).setParameter(1, pspOrderId)
                .getSingleResult()).replaceWithVoid();
    }

    /** Keeps the notification until its order is stored (call with the lock held). */
    public Uni<Void> park(PspNotification notification) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(PARK)
                .setParameter(1, notification.getEventId())
                .setParameter(2, notification.getPspOrderId())
                .setParameter(3, codec.encode(notification))
                .executeUpdate()).replaceWithVoid();
    }

    /** Applies, in arrival order, every notification parked for the just-stored deposit, and forgets them. */
    public Uni<Void> applyTo(DepositOrder order) {
        return applyTo(order.pspOrderId, notification -> DepositNotificationApplier.input(notification.getKind()).isPresent()
                ? applier.apply(order, notification) : Uni.createFrom().voidItem());
    }

    /**
     * Applies, in arrival order, every notification parked for the just-stored PSP order with {@code apply}
     * (a deposit's, mandate's or charge's), and forgets them; call in the transaction that stores the order.
     */
    public Uni<Void> applyTo(String pspOrderId, Function<PspNotification, Uni<Void>> apply) {
        return lock(pspOrderId)
                .chain(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(PARKED, byte[].class)
                        .setParameter(1, pspOrderId).getResultList()))
                .chain(payloads -> apply(payloads, apply))
                .chain(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(UNPARK)
                        .setParameter(1, pspOrderId).executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> apply(List<byte[]> payloads, Function<PspNotification, Uni<Void>> apply) {
        return Multi.createFrom().iterable(payloads)
                .onItem().transformToUniAndConcatenate(payload -> apply.apply((PspNotification) codec.decode(payload)))
                .collect().last().replaceWithVoid();
    }
}
