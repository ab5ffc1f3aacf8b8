package io.paybridge.support.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes completed Idempotency-Key records once their retention has passed. */
@ApplicationScoped
public class IdempotencyHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdempotencyHousekeeping.class);
    private static final String PURGE = "DELETE FROM idempotency_key"
            + " WHERE state = 'COMPLETED' AND completed_at < now() - make_interval(secs => $1)";

    private final Pool pool;
    private final double retentionSeconds;

    public IdempotencyHousekeeping(Pool pool, IdempotencyConfig config) {
        this.pool = pool;
        this.retentionSeconds = config.retention().toSeconds();
    }

    @Scheduled(identity = "idempotency-purge", every = "${paybridge.idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return pool.preparedQuery(PURGE).execute(Tuple.of(retentionSeconds)).replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("could not purge idempotency keys: %s", failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }
}
