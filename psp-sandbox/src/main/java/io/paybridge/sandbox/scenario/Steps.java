package io.paybridge.sandbox.scenario;

import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/** Queues a later step of a scenario, in the caller's transaction. */
@ApplicationScoped
public class Steps {

    /** Runs {@code kind} on {@code order} after {@code delay}. */
    public Uni<Void> after(SandboxOrder order, StepKind kind, Duration delay) {
        ScenarioStep step = new ScenarioStep();
        step.orderId = order.orderId;
        step.kind = kind;
        step.dueAt = Instant.now().plus(delay);
        return step.persist().replaceWithVoid();
    }
}
