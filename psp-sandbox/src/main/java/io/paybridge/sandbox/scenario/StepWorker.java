package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.notification.Pollers;
import io.paybridge.sandbox.order.SandboxOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs due scenario steps, each in its own transaction that claims it ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas share the work), locks its order and applies the step. A step whose order has
 * moved on (e.g. cancelled meanwhile) is marked skipped; one that fails is postponed and retried.
 */
@ApplicationScoped
public class StepWorker {

    private static final Logger LOG = Logger.getLogger(StepWorker.class);
    private static final String DUE = "select id from psp_sandbox.scenario_step where done_at is null and due_at <= ?1"
            + " order by due_at, id limit 1 for update skip locked";
    private static final Duration RETRY_FAILED_STEP = Duration.ofSeconds(5);
    private static final int STEPS_PER_RUN = 100;

    private final Pollers pollers;
    private final ScenarioConfig config;
    private final StepRunner runner;

    public StepWorker(Pollers pollers, ScenarioConfig config, StepRunner runner) {
        this.pollers = pollers;
        this.config = config;
        this.runner = runner;
    }

    void start(@Observes StartupEvent startup) {
        pollers.every("scenario steps", config.pollInterval(), this::runDue);
    }

    /** Runs due steps one by one until none is due (or a run's share is done). */
    Uni<Void> runDue() {
        // each repetition re-subscribes to runNext, so each step is its own transaction
        return Uni.createFrom().deferred(this::runNext).repeat().whilst(ran -> ran)
                .select().first(STEPS_PER_RUN).collect().last().replaceWithVoid();
    }

    /** Claims and runs one due step; true when there was one. */
    Uni<Boolean> runNext() {
        AtomicReference<Long> claimed = new AtomicReference<>();
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(DUE, Long.class)
                        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                        .getResultList())
                .flatMap(ids -> {
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    claimed.set(ids.get(0));
                    return ScenarioStep.<ScenarioStep>findById(ids.get(0)).flatMap(this::run).replaceWith(true);
                }))
                .onFailure().recoverWithUni(failure -> claimed.get() == null
                        ? Uni.createFrom().failure(failure)
                        : postpone(claimed.get(), failure).replaceWith(true));
    }

    private Uni<Void> run(ScenarioStep step) {
        return SandboxOrder.<SandboxOrder>findById(step.orderId, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(order -> runner.run(step.kind, order))
                .invoke(outcome -> {
                    step.doneAt = Instant.now();
                    step.outcome = outcome;
                    LOG.debugf("%s: %s", step, outcome);
                })
                .replaceWithVoid();
    }

    private Uni<Void> postpone(long stepId, Throwable failure) {
        LOG.warnf("scenario step %d failed, retrying in %s: %s", stepId, RETRY_FAILED_STEP, failure.toString());
        return Panache.withTransaction(() -> ScenarioStep.<ScenarioStep>findById(stepId).invoke(step -> {
            step.dueAt = Instant.now().plus(RETRY_FAILED_STEP);
            step.outcome = abbreviate("failed: " + failure.getClass().getSimpleName());
        })).replaceWithVoid();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
