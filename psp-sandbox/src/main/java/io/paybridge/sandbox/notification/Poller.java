package io.paybridge.sandbox.notification;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a task every interval, never two runs at once, each on a fresh safe Vert.x sub-context so it
 * may open its own Hibernate Reactive session. Quarkus' scheduler ticks once a second at best; the
 * sandbox's workers want sub-second reaction. Also used by the scenario steps.
 */
public final class Poller {

    private static final Logger LOG = Logger.getLogger(Poller.class);

    private final Vertx vertx;
    private final String name;
    private final Supplier<Uni<Void>> task;
    private final AtomicBoolean running = new AtomicBoolean();
    private final long timer;

    private Poller(Vertx vertx, String name, Duration interval, Supplier<Uni<Void>> task) {
        this.vertx = vertx;
        this.name = name;
        this.task = task;
        this.timer = vertx.setPeriodic(Math.max(10, interval.toMillis()), id -> tick());
    }

    /** Starts running {@code task} every {@code interval}. */
    public static Poller start(Vertx vertx, String name, Duration interval, Supplier<Uni<Void>> task) {
        return new Poller(vertx, name, interval, task);
    }

    /** Runs {@code work} on a new safe sub-context of the current (or a new) event loop; it completes there. */
    public static <T> Uni<T> onOwnContext(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    /** Stops the timer; a run in progress finishes. */
    public void stop() {
        vertx.cancelTimer(timer);
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        onOwnContext(vertx, task::get)
                .onFailure().invoke(failure -> LOG.warnf("%s run failed, retrying at the next tick: %s", name, failure.toString()))
                .onTermination().invoke(() -> running.set(false))
                .subscribe().with(ignored -> { }, ignored -> { });
    }
}
