package io.paybridge.reconciliation.run.persistence;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * How long each step of a run takes, logged at DEBUG (category {@code io.paybridge.reconciliation.run.steps}): where a
 * large report spends its time, for the bench and for tuning.
 */
public final class Steps {

    private static final Logger LOG = Logger.getLogger("io.paybridge.reconciliation.run.steps");

    private Steps() {
    }

    /** {@code work}, timed from subscription to its item. */
    public static <T> Uni<T> timed(String step, Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return work.invoke(done -> LOG.debugf("step %s took %d ms", step, (System.nanoTime() - started) / 1_000_000));
        });
    }
}
