package io.paybridge.reconciliation.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paybridge.reconciliation.run.domain.MatchClass;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reconciliation's meters: {@code paybridge.reconciliation.unmatched} (per currency, the unexplained value of the
 * open breaks in minor units: a missing or reported amount whole, a mismatch by its difference, a currency mismatch
 * by the expected amount), {@code paybridge.reconciliation.breaks.open} (per class) measured from the open breaks
 * every {@code paybridge.reconciliation.metrics-interval} and after each run,
 * {@code paybridge.reconciliation.breaks.opened} (counter per class) and {@code paybridge.reconciliation.run} (timer).
 */
@ApplicationScoped
public class BreakMetrics {

    private static final String UNMATCHED = "SELECT currency, sum(value)::bigint AS value FROM ("
            + " SELECT coalesce(expected_currency, actual_currency) AS currency,"
            + "        CASE WHEN break_class = 'AMOUNT_MISMATCH' THEN abs(actual_minor - expected_minor)"
            + "             WHEN expected_minor IS NOT NULL THEN abs(expected_minor) ELSE abs(actual_minor) END AS value"
            + " FROM recon_break WHERE closed_at IS NULL) breaks GROUP BY currency";
    private static final String OPEN = "SELECT break_class, count(*) AS count FROM recon_break WHERE closed_at IS NULL"
            + " GROUP BY break_class";

    private final Pool pool;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> unmatched = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();

    public BreakMetrics(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
        for (MatchClass type : MatchClass.breaks()) {
            AtomicLong count = new AtomicLong();
            open.put(type.name(), count);
            Gauge.builder("paybridge.reconciliation.breaks.open", count, AtomicLong::get)
                    .description("Open reconciliation breaks").tag("class", type.name()).register(registry);
        }
    }

    /** Records a run: how long it took and the breaks it opened per class. */
    public void ran(Duration took, Map<String, Long> perClass) {
        Timer.builder("paybridge.reconciliation.run").description("Reconciliation runs, start to commit").register(registry)
                .record(took);
        perClass.forEach((type, count) -> Counter.builder("paybridge.reconciliation.breaks.opened")
                .description("Reconciliation breaks opened by runs").tag("class", type).register(registry).increment(count));
    }

    /** Measures the open breaks now. */
    @Scheduled(identity = "reconciliation-break-metrics", every = "${paybridge.reconciliation.metrics-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> measure() {
        return pool.query(UNMATCHED).execute().chain(values -> pool.query(OPEN).execute().invoke(counts -> {
            Set<String> seen = new HashSet<>();
            for (Row row : values) {
                String currency = row.getString("currency").trim();
                seen.add(currency);
                gauge(currency).set(row.getLong("value"));
            }
            unmatched.forEach((currency, value) -> {
                if (!seen.contains(currency)) {
                    value.set(0);
                }
            });
            open.values().forEach(count -> count.set(0));
            for (Row row : counts) {
                open.computeIfAbsent(row.getString("break_class"), type -> new AtomicLong()).set(row.getLong("count"));
            }
        })).replaceWithVoid();
    }

    private AtomicLong gauge(String currency) {
        return unmatched.computeIfAbsent(currency, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("paybridge.reconciliation.unmatched", value, AtomicLong::get)
                    .description("Unexplained value of the open reconciliation breaks, minor units").tag("currency", key)
                    .register(registry);
            return value;
        });
    }

    /** The unmatched value last measured in {@code currency}, minor units (0 when none). */
    public long unmatched(String currency) {
        AtomicLong value = unmatched.get(currency);
        return value == null ? 0 : value.get();
    }

    /** The open breaks of a class last measured. */
    public long open(MatchClass type) {
        AtomicLong count = open.get(type.name());
        return count == null ? 0 : count.get();
    }
}
