package io.paybridge.checkout.mandate.messaging;

import io.paybridge.checkout.mandate.domain.MandateInput;
import io.paybridge.checkout.mandate.domain.MandateStatus;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.checkout.notification.NotificationAnomalies;
import io.paybridge.contracts.Topics;
import io.paybridge.contracts.payments.v1.NotificationAccount;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Applies an account or cancel notification to a stored mandate inside the caller's transaction: an account
 * notification records the account (id, bank, descriptor, last digits) and moves the mandate to PENDING_APPROVAL
 * or ACTIVE by its {@code directDebitMandate}; a cancel makes it INACTIVE. Entering ACTIVE publishes
 * {@code MandateActivated}, entering INACTIVE {@code MandateRevoked}; an input that changes nothing is recorded.
 */
@ApplicationScoped
public class MandateNotificationApplier {

    private final OutboxWriter outbox;
    private final NotificationAnomalies anomalies;

    public MandateNotificationApplier(OutboxWriter outbox, NotificationAnomalies anomalies) {
        this.outbox = outbox;
        this.anomalies = anomalies;
    }

    /** The state-machine input a notification is for a mandate, if it is one. */
    public static Optional<MandateInput> input(PspNotification notification) {
        if (notification.getKind() == NotificationKind.CANCEL) {
            return Optional.of(MandateInput.CANCEL);
        }
        if (notification.getKind() == NotificationKind.ACCOUNT && notification.getAccount() != null) {
            return Optional.of(Boolean.TRUE.equals(notification.getAccount().getDirectDebitMandate())
                    ? MandateInput.ACCOUNT_MANDATE_ACTIVE : MandateInput.ACCOUNT_SENT_FOR_APPROVAL);
        }
        return Optional.empty();
    }

    /** Applies {@code notification} to {@code mandate}; a kind mandates do not take is recorded and not applied. */
    public Uni<Void> apply(Mandate mandate, PspNotification notification) {
        Optional<MandateInput> input = input(notification);
        if (input.isEmpty()) {
            return anomalies.record("MANDATE", mandate.mandateId, notification.getNotificationId(),
                    notification.getKind().name(), mandate.status.name(), "not a mandate notification");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        NotificationAccount account = notification.getAccount();
        if (account != null && mandate.status != MandateStatus.INACTIVE) {
            mandate.accountId = account.getAccountId();
            mandate.bank = account.getBank();
            mandate.descriptor = account.getDescriptor();
            mandate.lastDigits = account.getLastDigits();
            mandate.updatedAt = now;
        }
        MandateStatus before = mandate.status;
        Optional<MandateStatus> entered = mandate.move(input.get(), now);
        if (entered.isEmpty()) {
            return anomalies.record("MANDATE", mandate.mandateId, notification.getNotificationId(), input.get().name(),
                    before.name(), "the mandate is " + before);
        }
        return switch (entered.get()) {
            case ACTIVE -> outbox.write(Topics.EVENTS, mandate.mandateId, MandateEvents.activated(mandate, notification));
            case INACTIVE -> outbox.write(Topics.EVENTS, mandate.mandateId, MandateEvents.revoked(mandate, notification));
            default -> Uni.createFrom().voidItem();
        };
    }
}
