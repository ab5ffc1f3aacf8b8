package io.paybridge.sandbox.checkout;

import io.paybridge.sandbox.order.SandboxOrder;
import io.paybridge.sandbox.scenario.OrderLifecycle;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.paybridge.sandbox.notification.Pollers;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Expires checkout orders nobody approved or cancelled before their url ran out (30 minutes, set at
 * creation) and sends them a cancel notification, as Trustly does when the end user abandons.
 */
@ApplicationScoped
public class CheckoutExpiry {

    private static final Logger LOG = Logger.getLogger(CheckoutExpiry.class);
    private static final int BATCH = 100;

    private final Pollers pollers;
    private final CheckoutConfig config;
    private final OrderLifecycle lifecycle;
    private final Clock clock;

    public CheckoutExpiry(Pollers pollers, CheckoutConfig config, OrderLifecycle lifecycle, Clock clock) {
        this.pollers = pollers;
        this.config = config;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        pollers.every("checkout expiry", config.expiryInterval(), this::expireDue);
    }

    Uni<Void> expireDue() {
        Instant now = clock.instant();
        return Panache.withSession(() -> SandboxOrder.<SandboxOrder>find("state = 'CREATED' and testCase is null"
                        + " and expiresAt < ?1 and kind in ('DEPOSIT', 'WITHDRAW', 'SELECT_ACCOUNT') order by expiresAt", now)
                .page(0, BATCH).list()
                .map(orders -> orders.stream().map(order -> order.orderId).toList()))
                .flatMap(this::expire);
    }

    private Uni<Void> expire(List<Long> ids) {
        // one transaction per order: a concurrent approval of one of them does not hold up the others
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> lifecycle.expireIfDue(id)
                        .invoke(expired -> {
                            if (expired) {
                                LOG.debugf("order %d expired", id);
                            }
                        }))
                .collect().last().replaceWithVoid();
    }
}
