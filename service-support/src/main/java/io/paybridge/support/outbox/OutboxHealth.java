package io.paybridge.support.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports the outbox degraded while messages wait for Kafka longer than
 * {@code paybridge.outbox.degraded-after}. A wellness check, not readiness: the service keeps
 * taking requests (the outbox holds their events) while Kafka is away, and operators still see it at
 * {@code /q/health} and {@code /q/health/well}.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxHousekeeping housekeeping;
    private final Duration degradedAfter;

    public OutboxHealth(OutboxHousekeeping housekeeping, OutboxConfig config) {
        this.housekeeping = housekeeping;
        this.degradedAfter = config.degradedAfter();
    }

    @Override
    public HealthCheckResponse call() {
        Duration oldest = housekeeping.oldestPending();
        boolean degraded = oldest.compareTo(degradedAfter) > 0;
        return HealthCheckResponse.named("outbox")
                .status(!degraded)
                .withData("state", degraded ? "degraded: messages wait for Kafka" : "publishing")
                .withData("pending", housekeeping.pending())
                .withData("oldestPendingSeconds", oldest.toSeconds())
                .build();
    }
}
