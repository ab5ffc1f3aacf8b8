package io.paybridge.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the relay when rows were committed to the outbox, so events leave within milliseconds of their commit rather
 * than at the next poll. Two kinds of commit:
 * <ul>
 * <li>Most writes (Hibernate sessions, {@link OutboxWriter#write}) are announced by PostgreSQL: the outbox trigger of
 * the table's schema notifies {@code paybridge_outbox_<schema>} at commit, and this listens there. The schema is the
 * one the service's {@code outbox_message} resolves to, so services sharing a database are not woken by each other's
 * commits. Reconnects by itself; while it is away, the relay's poll still publishes everything.</li>
 * <li>A hot path that writes with {@link OutboxSql#insertUnnotifiedFrom} skips the NOTIFY and calls {@link #committed()}
 * itself.</li>
 * </ul>
 * Either way the relay runs once per linger, however many commits it carries.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final String CHANNEL_PREFIX = "paybridge_outbox_";
    /** The schema the service's {@code outbox_message} resolves to, whose trigger notifies {@link #channel}. */
    static final String OUTBOX_SCHEMA = "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.oid = 'outbox_message'::regclass";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final Pool pool;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private PgSubscriber subscriber;

    public OutboxWakeUp(Vertx vertx, OutboxRelay relay, OutboxConfig config, Pool pool,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.relay = relay;
        this.config = config;
        this.pool = pool;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        pool.query(OUTBOX_SCHEMA).execute()
                .map(rows -> channel(rows.iterator().next().getString(0)))
                .flatMap(channel -> {
                    subscriber.channel(channel).handler(payload -> committed());
                    return subscriber.connect();
                })
                .subscribe().with(
                        connected -> relay.wakeUp(),
                        failure -> LOG.warnf("not listening for outbox commits (the relay still polls): %s", failure.toString()));
    }

    /** The channel the outbox trigger of {@code schema} notifies (V2026_11_21_95). */
    static String channel(String schema) {
        return CHANNEL_PREFIX + schema;
    }

    /**
     * Rows were committed to the outbox: wakes the relay once the linger has passed; commits announced meanwhile join
     * that one wake-up. For writers whose commit does not notify ({@link OutboxSql#insertUnnotifiedFrom}): call it
     * after the commit.
     */
    public void committed() {
        if (!config.relay().enabled()) {
            return;
        }
        long linger = config.relay().linger().toMillis();
        if (linger <= 0) {
            relay.wakeUp();
        } else if (wakeUpPending.compareAndSet(false, true)) {
            vertx.setTimer(linger, timer -> {
                wakeUpPending.set(false);
                relay.wakeUp();
            });
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }
}
