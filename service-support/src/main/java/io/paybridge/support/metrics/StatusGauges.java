package io.paybridge.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * How many rows of a table are in each status, as one gauge per status ({@code name} tagged {@code status}), e.g.
 * refunds by state. Every status of the state machine has its gauge from the start (zero until counted), so a
 * dashboard sees a state empty rather than missing. {@link #refresh()} counts with one {@code GROUP BY}; the owner
 * schedules it and calls {@link #close()} when it goes away.
 */
public final class StatusGauges implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final MeterRegistry registry;
    private final Pool pool;
    private final String query;
    private final Map<String, AtomicLong> counts = new LinkedHashMap<>();
    private final List<Gauge> gauges;

    /**
     * @param table the table, whose {@code status} column holds the statuses' names (a plain identifier)
     * @param statuses every status the table's rows can have
     */
    public StatusGauges(MeterRegistry registry, Pool pool, String name, String description, String table, List<String> statuses) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.registry = registry;
        this.pool = pool;
        this.query = "SELECT status, count(*) AS n FROM " + table + " GROUP BY status";
        statuses.forEach(status -> counts.put(status, new AtomicLong()));
        this.gauges = counts.entrySet().stream()
                .map(entry -> Gauge.builder(name, entry.getValue(), AtomicLong::get).description(description)
                        .tag("status", entry.getKey()).register(registry))
                .toList();
    }

    /** Counts the rows per status now; a status with no rows is zero. */
    public Uni<Void> refresh() {
        return pool.query(query).execute().invoke(rows -> {
            Map<String, Long> found = new LinkedHashMap<>();
            rows.forEach(row -> found.put(row.getString("status"), row.getLong("n")));
            counts.forEach((status, count) -> count.set(found.getOrDefault(status, 0L)));
        }).replaceWithVoid();
    }

    /** The count of {@code status} at the last refresh. */
    public long count(String status) {
        AtomicLong count = counts.get(status);
        return count == null ? 0 : count.get();
    }

    /** Removes the gauges (Micrometer's registry can outlive the bean that owns them, as in tests). */
    @Override
    public void close() {
        gauges.forEach(registry::remove);
    }
}
