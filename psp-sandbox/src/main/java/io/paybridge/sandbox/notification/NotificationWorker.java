package io.paybridge.sandbox.notification;

import io.paybridge.sandbox.faults.NotificationFaults;
import io.paybridge.sandbox.faults.SandboxFaults;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers due notifications: every poll it claims what is due (up to the free in-flight slots),
 * delivers each order's notifications one after the other in due order – or shuffled under the
 * {@code shuffle} fault – and different orders side by side, then records every attempt. Faults:
 * {@code delayMs} holds notifications back, {@code concurrentDuplicates} sends two copies at once,
 * {@code duplicate} sends a delivered notification once more.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    private final Pollers pollers;
    private final NotificationConfig config;
    private final NotificationClaims claims;
    private final NotificationSender sender;
    private final DeliveryRecorder recorder;
    private final SandboxFaults faults;
    private final AtomicInteger inFlight = new AtomicInteger();

    public NotificationWorker(Pollers pollers, NotificationConfig config, NotificationClaims claims, NotificationSender sender,
            DeliveryRecorder recorder, SandboxFaults faults) {
        this.pollers = pollers;
        this.config = config;
        this.claims = claims;
        this.sender = sender;
        this.recorder = recorder;
        this.faults = faults;
    }

    void start(@Observes StartupEvent startup) {
        if (config.enabled()) {
            pollers.every("notification delivery", config.pollInterval(), this::deliverDue);
        }
    }

    /** Claims what is due and starts delivering it; completes once claimed, not once delivered. */
    Uni<Void> deliverDue() {
        int free = config.maxInFlight() - inFlight.get();
        if (free <= 0) {
            return Uni.createFrom().voidItem();
        }
        NotificationFaults now = faults.current().notifications();
        Instant cutoff = Instant.now().minusMillis(now.delayMs());
        return claims.claim(free, cutoff).invoke(claimed -> {
            for (List<NotificationClaims.Claimed> sameOrder : byOrder(claimed, now.shuffle())) {
                inFlight.addAndGet(sameOrder.size());
                pollers.onOwnContext(() -> deliverInTurn(sameOrder))
                        .subscribe().with(ignored -> { }, failure -> LOG.warnf("notification delivery failed: %s", failure.toString()));
            }
        }).replaceWithVoid();
    }

    private static List<List<NotificationClaims.Claimed>> byOrder(List<NotificationClaims.Claimed> claimed, boolean shuffle) {
        Map<Long, List<NotificationClaims.Claimed>> orders = new LinkedHashMap<>();
        claimed.forEach(c -> orders.computeIfAbsent(c.notification().orderId, id -> new ArrayList<>()).add(c));
        if (shuffle) {
            orders.values().forEach(Collections::shuffle);
        }
        return new ArrayList<>(orders.values());
    }

    private Uni<Void> deliverInTurn(List<NotificationClaims.Claimed> sameOrder) {
        return Multi.createFrom().iterable(sameOrder)
                .onItem().transformToUniAndConcatenate(claimed -> deliver(claimed)
                        .onFailure().recoverWithItem(failure -> {
                            // the lease runs out and the next poll tries again
                            LOG.warnf("notification %d could not be recorded: %s", claimed.notification().notificationId, failure.toString());
                            return null;
                        })
                        .eventually(inFlight::decrementAndGet))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> deliver(NotificationClaims.Claimed claimed) {
        Notification notification = claimed.notification();
        NotificationFaults now = faults.current().notifications();
        Buffer body = sender.envelope(notification);
        Uni<List<DeliveryRecorder.Copied>> copies = now.concurrentDuplicates()
                ? Uni.combine().all().unis(send(claimed, body, DeliveryAttempt.Copy.FIRST), send(claimed, body, DeliveryAttempt.Copy.CONCURRENT))
                        .with((first, second) -> List.of(first, second))
                : send(claimed, body, DeliveryAttempt.Copy.FIRST).map(List::of);
        return copies.flatMap(sent -> recorder.record(notification.notificationId, claimed.attemptNo(), sent))
                .flatMap(delivered -> delivered && faults.current().notifications().duplicate()
                        ? sender.send(notification, body, claimed.merchantKey())
                                .flatMap(outcome -> recorder.recordDuplicate(notification.notificationId, claimed.attemptNo(), outcome))
                        : Uni.createFrom().voidItem());
    }

    private Uni<DeliveryRecorder.Copied> send(NotificationClaims.Claimed claimed, Buffer body, DeliveryAttempt.Copy copy) {
        return sender.send(claimed.notification(), body, claimed.merchantKey()).map(outcome -> new DeliveryRecorder.Copied(copy, outcome));
    }
}
