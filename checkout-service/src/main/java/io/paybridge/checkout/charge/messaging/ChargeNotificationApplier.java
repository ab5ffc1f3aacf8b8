package io.paybridge.checkout.charge.messaging;

import io.paybridge.checkout.charge.domain.ChargeInput;
import io.paybridge.checkout.charge.domain.ChargeStatus;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.notification.NotificationAnomalies;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a pending, credit or cancel notification to a stored charge inside the caller's transaction. A cancel
 * is the merchant's (CANCELLED) when CancelCharge was asked for, else the PSP's failure to process (FAILED). A
 * credit whose amount or currency differs from the charge, and any input the state machine refuses, is recorded
 * and never applied.
 */
@ApplicationScoped
public class ChargeNotificationApplier {

    private final OutboxWriter outbox;
    private final NotificationAnomalies anomalies;

    public ChargeNotificationApplier(OutboxWriter outbox, NotificationAnomalies anomalies) {
        this.outbox = outbox;
        this.anomalies = anomalies;
    }

    /** The state-machine input a notification is for {@code charge}, if it is one for charges. */
    public static Optional<ChargeInput> input(Charge charge, PspNotification notification) {
        return switch (notification.getKind()) {
            case PENDING -> Optional.of(ChargeInput.PENDING);
            case CREDIT -> Optional.of(ChargeInput.CREDIT);
            case CANCEL -> Optional.of(charge.cancelRequested ? ChargeInput.MERCHANT_CANCEL : ChargeInput.CANCEL);
            default -> Optional.empty();
        };
    }

    /** Applies {@code notification} to {@code charge}; completes when written. */
    public Uni<Void> apply(Charge charge, PspNotification notification) {
        Optional<ChargeInput> input = input(charge, notification);
        if (input.isEmpty()) {
            return record(charge, notification, notification.getKind().name(), "not a charge notification");
        }
        if (notification.getCurrency() != null && !notification.getCurrency().equals(charge.currency)
                || notification.getAmount() != null && !Objects.equals(notification.getAmount(), charge.amountMinor)) {
            return record(charge, notification, input.get().name(), "amount or currency differs from the charge's");
        }
        if (input.get() == ChargeInput.CANCEL && charge.status.on(ChargeInput.CANCEL).isPresent()) {
            charge.failureReason = notification.getCancelReason();
        }
        return enter(charge, input.get(), notification.getNotificationId());
    }

    /** Moves {@code charge} on {@code input} and writes the event of the status entered, or records that nothing changed. */
    public Uni<Void> enter(Charge charge, ChargeInput input, String notificationId) {
        ChargeStatus before = charge.status;
        Optional<ChargeStatus> entered = charge.move(input, Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (entered.isEmpty()) {
            return notificationId == null ? Uni.createFrom().voidItem()
                    : anomalies.record("CHARGE", charge.chargeId, notificationId, input.name(), before.name(),
                            "the charge is " + before);
        }
        return outbox.write(Topics.EVENTS, charge.chargeId, ChargeEvents.entered(entered.get(), charge, notificationId));
    }

    private Uni<Void> record(Charge charge, PspNotification notification, String input, String detail) {
        return anomalies.record("CHARGE", charge.chargeId, notification.getNotificationId(), input, charge.status.name(), detail);
    }
}
