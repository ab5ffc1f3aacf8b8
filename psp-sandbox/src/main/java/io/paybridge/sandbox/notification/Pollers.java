package io.paybridge.sandbox.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the sandbox's background work (notification delivery, scenario steps, checkout expiry): each
 * task every interval, never two runs of one task at once, each run on a fresh safe Vert.x sub-context
 * so it may open its own Hibernate Reactive session; all stop at shutdown. Quarkus' scheduler ticks
 * once a second at best, and the sandbox wants sub-second reaction.
 */
@ApplicationScoped
public class Pollers {

    private static final Logger LOG = Logger.getLogger(Pollers.class);

    private final Vertx vertx;
    private final List<Long> timers = new CopyOnWriteArrayList<>();

    public Pollers(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Runs {@code task} every {@code interval} from now on; a run still going when the next is due is not overlapped. */
    public void every(String name, Duration interval, Supplier<Uni<Void>> task) {
        AtomicBoolean running = new AtomicBoolean();
        timers.add(vertx.setPeriodic(Math.max(10, interval.toMillis()), id -> {
            if (running.compareAndSet(false, true)) {
                onOwnContext(task)
                        .onFailure().invoke(failure -> LOG.warnf("%s run failed, retrying at the next tick: %s", name, failure.toString()))
                        .onTermination().invoke(() -> running.set(false))
                        .subscribe().with(ignored -> { }, ignored -> { });
            }
        }));
    }

    /** Runs {@code work} on a new safe sub-context of the current (or a new) event loop; it completes there. */
    public <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        timers.forEach(vertx::cancelTimer);
    }
}
