package io.paybridge.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Watches the outbox: publishes its lag (how many messages wait, how old the oldest is) as gauges.
 * Nothing else needs trimming: the relay deletes what Kafka acknowledged.
 */
// Started eagerly: its gauges must exist from the first scrape, not from the first scheduled run.
@Startup
@ApplicationScoped
public class OutboxHousekeeping {

    private static final Logger LOG = Logger.getLogger(OutboxHousekeeping.class);
    private static final String LAG = "SELECT count(*) AS pending,"
            + " COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)) * 1000, 0)::bigint AS oldest_ms"
            + " FROM outbox_message";

    private final Pool pool;
    private final MeterRegistry registry;
    private final List<Gauge> gauges;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    public OutboxHousekeeping(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
        this.gauges = List.of(
                Gauge.builder("paybridge.outbox.pending", pending, AtomicLong::get)
                        .description("Outbox messages not yet acknowledged by Kafka").register(registry),
                Gauge.builder("paybridge.outbox.lag.seconds", oldestMillis, value -> value.get() / 1000.0)
                        .description("Age of the oldest unpublished outbox message").baseUnit("seconds").register(registry));
    }

    /**
     * Removes the gauges with the bean. Micrometer's global registry can outlive the application (a
     * restart in the same JVM, as in tests); a gauge left there would keep pointing at this instance's
     * counters and the next instance's registration would be ignored.
     */
    @PreDestroy
    void removeGauges() {
        gauges.forEach(registry::remove);
    }

    /** Messages waiting for Kafka at the last measurement. */
    public long pending() {
        return pending.get();
    }

    /** Age of the oldest waiting message at the last measurement; zero when none waits. */
    public Duration oldestPending() {
        return Duration.ofMillis(oldestMillis.get());
    }

    @Scheduled(identity = "outbox-lag", every = "${paybridge.outbox.lag-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measureLag() {
        return pool.query(LAG).execute().invoke(rows -> {
            Row row = rows.iterator().next();
            pending.set(row.getLong("pending"));
            oldestMillis.set(row.getLong("oldest_ms"));
        }).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            LOG.warnf("could not measure the outbox lag: %s", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

}
