package io.paybridge.checkout.notification;

import io.paybridge.checkout.CheckoutConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Forgets parked notifications whose order never appeared within {@code paybridge.checkout.parked-retention}:
 * orders of other services (payouts, refunds) share the notifications topic, and their notifications must
 * not pile up here. A checkout order is stored within seconds of its notifications, never days.
 */
@ApplicationScoped
public class ParkedNotificationPurge {

    private static final Logger LOG = Logger.getLogger(ParkedNotificationPurge.class);
    private static final String PURGE = "DELETE FROM parked_notification WHERE parked_at < $1";

    private final Pool pool;
    private final CheckoutConfig config;

    public ParkedNotificationPurge(Pool pool, CheckoutConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Scheduled(identity = "parked-notification-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purgeParkedBefore(Instant.now().minus(config.parkedRetention()))
                .invoke(purged -> {
                    if (purged > 0) {
                        LOG.infof("forgot %d parked notifications older than %s", purged, config.parkedRetention());
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("purging parked notifications failed, will retry: %s", failure.toString());
                    return 0;
                })
                .replaceWithVoid();
    }

    /** Deletes the notifications parked before {@code cutoff}; returns how many. */
    public Uni<Integer> purgeParkedBefore(Instant cutoff) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)))
                .map(result -> result.rowCount());
    }
}
