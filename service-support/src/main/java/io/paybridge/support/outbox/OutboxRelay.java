package io.paybridge.support.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paybridge.contracts.serde.CloudEvents;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka: claims a batch of the oldest waiting rows with
 * {@code FOR UPDATE SKIP LOCKED} (so replicas share the work), sends them, and deletes them in the
 * same transaction once Kafka acknowledged them: the outbox is a queue, the record lives on in Kafka.
 * A crash between send and delete leaves the rows waiting and they are sent again: at least once,
 * never lost. Consumers deduplicate by
 * {@code ce_id}. Runs are woken by commits ({@link OutboxWakeUp}) and by a periodic poll; at most one
 * runs at a time in a process, and a wake-up during a run causes one more run.
 *
 * <p>A woken run claims only rows above the highest id this relay removed. Removed rows stay behind as dead
 * tuples and index entries until vacuum, and a claim from the start walks through all of them: at a thousand
 * commits a second the ingest's outbox grew to 2,000 pages holding a dozen live rows, the planner chose a
 * sequential scan, and every claim (a hundred a second) read all 2,000 pages. A row can commit after rows with
 * higher ids were removed (its transaction took its id earlier and committed later), so the periodic poll
 * claims from the start: such a row is published at the next poll, never lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};
    private static final String CLAIM = "SELECT id, event_id, topic, message_key, payload, headers FROM outbox_message"
            + " WHERE id > $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED";
    private static final String REMOVE = "DELETE FROM outbox_message WHERE id = ANY($1)";

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final ObjectMapper json;
    private final int batchSize;
    private final MeterRegistry registry;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Counter failures;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
    /** The highest id this relay removed: a woken run claims above it. */
    private final AtomicLong removedUpTo = new AtomicLong();
    /** A poll asked for a run from the start; a run in progress leaves it for the run after it. */
    private final AtomicBoolean sweepDue = new AtomicBoolean(true);

    public OutboxRelay(Pool pool, OutboxPublisher publisher, ObjectMapper json, OutboxConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.publisher = publisher;
        this.json = json;
        this.batchSize = config.relay().batchSize();
        this.enabled = config.relay().enabled();
        this.registry = registry;
        this.failures = Counter.builder("paybridge.outbox.publish.failures")
                .description("Relay batches that failed and will be retried").register(registry);
    }

    @Scheduled(identity = "outbox-relay", every = "${paybridge.outbox.relay.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        sweepDue.set(true);
        return run();
    }

    /** Asks for a run now: rows were committed. Coalesces with a run in progress. */
    void wakeUp() {
        if (enabled) {
            run().subscribe().with(ignored -> { }, failure -> LOG.warnf("outbox relay run failed: %s", failure));
        }
    }

    /**
     * Drains the outbox, from the start if a poll asked for it since the last such run, else above the highest id
     * removed; unless a run is in progress, which then runs once more.
     */
    private Uni<Void> run() {
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return Uni.createFrom().voidItem();
        }
        long after = sweepDue.getAndSet(false) ? 0 : removedUpTo.get();
        return drainAbove(after).onFailure().recoverWithItem(failure -> {
            failures.increment();
            // The rows stay unpublished; the next run retries them. No payload in the log.
            LOG.warnf("outbox relay batch failed, will retry: %s", failure.toString());
            return 0;
        }).replaceWithVoid().eventually(() -> {
            running.set(false);
            if (wokenWhileRunning.getAndSet(false)) {
                wakeUp();
            }
        });
    }

    /** Publishes batches until the outbox is empty (or a batch fails); returns how many messages were published. */
    public Uni<Integer> drain() {
        return drainAbove(0);
    }

    /** Claims, sends and removes one batch in one transaction; returns its size (0 when nothing waits). */
    public Uni<Integer> publishBatch() {
        return publishBatch(0).map(Batch::size);
    }

    private Uni<Integer> drainAbove(long first) {
        AtomicLong after = new AtomicLong(first);
        // Each repetition subscribes anew, so each batch is its own transaction, claimed above the previous one; a
        // full batch means more may wait.
        return Uni.createFrom().deferred(() -> publishBatch(after.get()))
                .invoke(batch -> after.set(batch.lastId()))
                .repeat().whilst(batch -> batch.size() == batchSize)
                .collect().with(Collectors.summingInt(Batch::size));
    }

    /** One batch claimed above {@code after}; once committed, {@link #removedUpTo} covers it. */
    private Uni<Batch> publishBatch(long after) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(Tuple.of(after, batchSize))
                        .map(rows -> {
                            List<PendingMessage> messages = new ArrayList<>();
                            rows.forEach(row -> messages.add(pending(row)));
                            return messages;
                        })
                        .flatMap(messages -> messages.isEmpty()
                                ? Uni.createFrom().item(new Batch(0, after))
                                : publisher.publish(messages).flatMap(sent -> remove(connection, messages))))
                .invoke(batch -> removedUpTo.accumulateAndGet(batch.lastId(), Math::max));
    }

    private Uni<Batch> remove(SqlConnection connection, List<PendingMessage> messages) {
        Long[] ids = messages.stream().map(PendingMessage::id).toArray(Long[]::new);
        return connection.preparedQuery(REMOVE).execute(Tuple.of(ids)).map(result -> {
            messages.forEach(message -> published(message).increment());
            return new Batch(messages.size(), ids[ids.length - 1]);
        });
    }

    /** How many rows a batch published and the highest id among them (claimed in id order). */
    private record Batch(int size, long lastId) {
    }

    /**
     * The counter of published messages of the message's topic and event type ({@code paybridge_outbox_published_total}
     * by {@code topic} and {@code event_type}, e.g. DepositCredited): on payments.events.v1 it is the payment funnel, each
     * fact counted once it is on Kafka.
     */
    private Counter published(PendingMessage message) {
        String type = message.headers().getOrDefault(CloudEvents.TYPE, "unknown");
        String eventType = type.substring(type.lastIndexOf('.') + 1);
        return published.computeIfAbsent(message.topic() + ' ' + eventType, key -> Counter.builder("paybridge.outbox.published")
                .description("Outbox messages acknowledged by Kafka and removed from the outbox, by topic and event type")
                .tag("topic", message.topic()).tag("event_type", eventType).register(registry));
    }

    private PendingMessage pending(Row row) {
        try {
            return new PendingMessage(row.getLong("id"), row.getUUID("event_id").toString(), row.getString("topic"),
                    row.getString("message_key"), row.getBuffer("payload").getBytes(),
                    json.readValue(row.getString("headers"), HEADERS));
        } catch (IOException e) {
            throw new UncheckedIOException("outbox row " + row.getLong("id") + " has unreadable headers", e);
        }
    }
}
