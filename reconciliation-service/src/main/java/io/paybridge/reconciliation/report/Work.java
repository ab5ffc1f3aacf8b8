package io.paybridge.reconciliation.report;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Blocking work (JDBC, reading an upload) inside a reactive flow: run on a worker thread, never an event loop, and
 * continue on the caller's Vert.x context, where reactive persistence (the run) expects to be called.
 */
final class Work {

    private Work() {
    }

    static <T> Uni<T> blocking(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> done = Uni.createFrom().item(work);
        if (Context.isOnEventLoopThread()) {
            done = done.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        if (context != null) {
            done = done.emitOn(command -> context.runOnContext(ignored -> command.run()));
        }
        return done;
    }
}
