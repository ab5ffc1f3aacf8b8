package io.paybridge.ingest.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Deletes inbox and rejection-audit rows past their retention, in bounded batches. */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);

    private final Pool pool;
    private final InboxConfig config;
    private final Clock clock;

    public InboxPurge(Pool pool, InboxConfig config) {
        this(pool, config, Clock.systemUTC());
    }

    InboxPurge(Pool pool, InboxConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "inbox-purge", every = "${paybridge.ingest.inbox.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().onFailure().recoverWithItem(failure -> {
            LOG.warnf("inbox purge failed, retried on the next run: %s", failure.toString());
            return 0L;
        }).replaceWithVoid();
    }

    /** Purges everything past retention; the number of inbox and audit rows deleted. */
    public Uni<Long> purge() {
        Instant now = clock.instant();
        return purge("inbox_notification", "received_at", now.minus(config.retention()))
                .flatMap(inbox -> purge("rejected_notification", "rejected_at", now.minus(config.rejectionRetention()))
                        .map(audit -> inbox + audit));
    }

    private Uni<Long> purge(String table, String column, Instant before) {
        String sql = "DELETE FROM " + table + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table + " WHERE " + column
                + " < $1 LIMIT $2))";
        OffsetDateTime cutoff = before.atOffset(ZoneOffset.UTC);
        return batch(sql, cutoff, 0L);
    }

    private Uni<Long> batch(String sql, OffsetDateTime cutoff, long deletedSoFar) {
        return pool.preparedQuery(sql).execute(Tuple.of(cutoff, config.purgeBatchSize()))
                .flatMap(rows -> rows.rowCount() < config.purgeBatchSize()
                        ? Uni.createFrom().item(deletedSoFar + rows.rowCount())
                        : batch(sql, cutoff, deletedSoFar + rows.rowCount()));
    }
}
