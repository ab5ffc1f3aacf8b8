package io.paybridge.checkout.deposit.messaging;

import io.paybridge.checkout.deposit.domain.DepositInput;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.deposit.domain.DepositStateMachine;
import io.paybridge.checkout.deposit.domain.DepositStatus;
import io.paybridge.checkout.deposit.domain.DepositTransition;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies one PSP notification to a stored deposit, inside the caller's transaction: a notification whose
 * amount or currency differs from the order is recorded as a mismatch and never applied; otherwise the
 * state machine decides, each status entered is written with its event to the outbox, and a late, repeated
 * or held fact is recorded as an anomaly.
 */
@ApplicationScoped
public class DepositNotificationApplier {

    private static final Logger LOG = Logger.getLogger(DepositNotificationApplier.class);
    private static final String ANOMALY = "INSERT INTO deposit_anomaly (order_ref, notification_id, kind, input, status_then, detail)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

    private final OutboxWriter outbox;
    private final OrderTraceLinks traces;

    public DepositNotificationApplier(OutboxWriter outbox, OrderTraceLinks traces) {
        this.outbox = outbox;
        this.traces = traces;
    }

    /** The state-machine input a notification kind is, if it is one for deposits. */
    public static Optional<DepositInput> input(NotificationKind kind) {
        return switch (kind) {
            case PENDING -> Optional.of(DepositInput.PENDING);
            case CREDIT -> Optional.of(DepositInput.CREDIT);
            case DEBIT -> Optional.of(DepositInput.DEBIT);
            case CANCEL -> Optional.of(DepositInput.CANCEL);
            default -> Optional.empty();
        };
    }

    /**
     * Applies {@code notification} (one of {@link #input}'s kinds) to {@code order} in a span linked to the request
     * that created the order; completes when written.
     */
    public Uni<Void> apply(DepositOrder order, PspNotification notification) {
        return traces.inLinkedSpan("deposit " + notification.getKind().name().toLowerCase(Locale.ROOT),
                order.traceparent, () -> applyNow(order, notification));
    }

    private Uni<Void> applyNow(DepositOrder order, PspNotification notification) {
        DepositInput input = input(notification.getKind()).orElseThrow(
                () -> new IllegalArgumentException(notification.getKind() + " is not a deposit notification"));
        Optional<String> mismatch = mismatch(order, notification);
        if (mismatch.isPresent()) {
            LOG.warnf("deposit %s: %s notification %s not applied: %s", order.orderRef, input, notification.getNotificationId(),
                    mismatch.get());
            String kind = mismatch.get().startsWith("currency") ? "CURRENCY_MISMATCH" : "AMOUNT_MISMATCH";
            return anomaly(order, notification, input, kind, mismatch.get());
        }
        DepositTransition transition = DepositStateMachine.apply(order.state(), input);
        return switch (transition.outcome()) {
            case IGNORED -> anomaly(order, notification, input, "IGNORED", "the deposit is " + order.status);
            case HELD -> {
                order.heldDebitNotificationId = notification.getNotificationId();
                order.updatedAt = now();
                yield anomaly(order, notification, input, "HELD", "a debit before its credit, applied when the credit arrives");
            }
            case APPLIED -> enter(order, notification, transition);
        };
    }

    /** The statuses entered, each with its event; a held debit is applied (with its own notification id) after the credit. */
    public Uni<Void> enter(DepositOrder order, PspNotification notification, DepositTransition transition) {
        Uni<Void> written = Uni.createFrom().voidItem();
        String heldDebit = order.heldDebitNotificationId;
        for (DepositStatus status : transition.entered()) {
            String causedBy = notification == null ? null
                    : status == DepositStatus.DEBITED && heldDebit != null && notification.getKind() != NotificationKind.DEBIT
                            ? heldDebit : notification.getNotificationId();
            written = written.chain(() -> outbox.write(Topics.EVENTS, order.orderRef,
                    DepositEvents.entered(status, order, causedBy, notification)));
        }
        order.status = transition.to().status();
        order.heldDebitNotificationId = transition.to().debitHeld() ? order.heldDebitNotificationId : null;
        order.updatedAt = now();
        return written;
    }

    private static Optional<String> mismatch(DepositOrder order, PspNotification notification) {
        if (notification.getCurrency() != null && !notification.getCurrency().equals(order.currency)) {
            return Optional.of("currency " + notification.getCurrency() + " differs from the order's " + order.currency);
        }
        if (notification.getAmount() != null && notification.getAmount() != order.amountMinor) {
            return Optional.of("amount " + notification.getAmount() + " (minor units) differs from the order's " + order.amountMinor);
        }
        return Optional.empty();
    }

    private static Uni<Void> anomaly(DepositOrder order, PspNotification notification, DepositInput input, String kind,
            String detail) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ANOMALY)
                .setParameter(1, order.orderRef)
                .setParameter(2, notification.getNotificationId())
                .setParameter(3, kind)
                .setParameter(4, input.name())
                .setParameter(5, order.status.name())
                .setParameter(6, detail)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
