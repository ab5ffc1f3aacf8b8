package io.paybridge.checkout.deposit.messaging;

import io.paybridge.checkout.deposit.domain.DepositInput;
import io.paybridge.checkout.deposit.domain.DepositStateMachine;
import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.domain.DepositTransition;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Expires deposits whose end user never finished the PSP's checkout in time: CREATED deposits past
 * {@code checkoutExpiresAt} become EXPIRED with a {@code DepositExpired} event. Replicas share the work
 * ({@code FOR UPDATE SKIP LOCKED}); a notification that arrives later still applies (state machine).
 */
@ApplicationScoped
public class DepositExpiry {

    private static final Logger LOG = Logger.getLogger(DepositExpiry.class);
    private static final int BATCH = 100;
    private static final String DUE = "SELECT order_ref FROM deposit_order WHERE status = 'CREATED' AND checkout_expires_at <= ?1"
            + " ORDER BY checkout_expires_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

    private final DepositNotificationApplier applier;

    public DepositExpiry(DepositNotificationApplier applier) {
        this.applier = applier;
    }

    @Scheduled(identity = "deposit-expiry", every = "${paybridge.checkout.expiry-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return expireDue(Instant.now()).onFailure().recoverWithItem(failure -> {
            LOG.warnf("deposit expiry failed, will retry: %s", failure.toString());
            return 0;
        }).replaceWithVoid();
    }

    /** Expires one batch of deposits due at {@code now}; returns how many expired. */
    public Uni<Integer> expireDue(Instant now) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(DUE, String.class).setParameter(1, now).getResultList())
                .flatMap(this::expire));
    }

    private Uni<Integer> expire(List<String> orderRefs) {
        if (orderRefs.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Multi.createFrom().iterable(orderRefs)
                .onItem().transformToUniAndConcatenate(ref -> DepositOrder.<DepositOrder>findById(ref).flatMap(order -> {
                    DepositTransition transition = DepositStateMachine.apply(order.state(), DepositInput.EXPIRY);
                    return transition.entered().contains(DepositStatus.EXPIRED)
                            ? applier.enter(order, null, transition) : Uni.createFrom().voidItem();
                }))
                .collect().asList().map(List::size);
    }
}
