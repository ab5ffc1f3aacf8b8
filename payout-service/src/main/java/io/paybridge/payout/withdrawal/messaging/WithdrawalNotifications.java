package io.paybridge.payout.withdrawal.messaging;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.notification.NotificationHandler;
import io.paybridge.payout.withdrawal.WithdrawalIdentity;
import io.paybridge.payout.withdrawal.WithdrawalTransitions;
import io.paybridge.payout.withdrawal.WithdrawalTransitions.Cause;
import io.paybridge.payout.withdrawal.domain.WithdrawalInput;
import io.paybridge.payout.withdrawal.persistence.Withdrawal;
import io.paybridge.payout.withdrawal.persistence.WithdrawalAnomaly;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A withdrawal's notifications, told by their MessageID ({@code wdr-…}): cancel → CANCELLED, payoutconfirmation →
 * CONFIRMED, a credit → RETURNED once the money left (a denied withdrawal's credit back is the denial's). Its debit
 * was decided when the ingest asked ({@code POST /internal/v1/withdrawal-debits}) and is not taken here; a
 * payoutfailed is recorded only (the credit that brings the money back moves it). Whatever a status does not take
 * is recorded in {@code withdrawal_anomaly}, never applied.
 */
@ApplicationScoped
public class WithdrawalNotifications implements NotificationHandler {

    private static final Logger LOG = Logger.getLogger(WithdrawalNotifications.class);
    /** Not DEBIT: a withdrawal's debit was decided (and applied, when OK) when the ingest asked, before it acknowledged it. */
    private static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.CANCEL,
            NotificationKind.PAYOUT_CONFIRMATION, NotificationKind.CREDIT, NotificationKind.PAYOUT_FAILED);

    private final WithdrawalTransitions transitions;

    public WithdrawalNotifications(WithdrawalTransitions transitions) {
        this.transitions = transitions;
    }

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public Uni<Boolean> apply(PspNotification notification) {
        if (!WithdrawalIdentity.isWithdrawal(notification.getMessageId())) {
            return Uni.createFrom().item(false);
        }
        return Withdrawal.lockedByMessageId(notification.getMessageId()).chain(withdrawal -> {
            if (withdrawal == null) {
                LOG.warnf("notification %s (%s) names withdrawal MessageID %s, which no withdrawal has; skipped",
                        notification.getNotificationId(), notification.getKind(), notification.getMessageId());
                return Uni.createFrom().item(true);
            }
            WithdrawalInput input = switch (notification.getKind()) {
                case CANCEL -> WithdrawalInput.CANCEL;
                case PAYOUT_CONFIRMATION -> WithdrawalInput.PAYOUT_CONFIRMED;
                case CREDIT -> WithdrawalInput.CREDIT;
                default -> null;
            };
            if (input == null || !withdrawal.pspOrderId.equals(notification.getPspOrderId())) {
                return anomaly(withdrawal, notification).replaceWith(true);
            }
            return transitions.apply(withdrawal, input, new Cause(notification.getNotificationId(), notification.getAmount(),
                            notification.getCancelReason()))
                    .chain(next -> next.isPresent() ? Uni.createFrom().voidItem() : anomaly(withdrawal, notification))
                    .replaceWith(true);
        });
    }

    private static Uni<Void> anomaly(Withdrawal withdrawal, PspNotification notification) {
        LOG.infof("withdrawal %s is %s: notification %s (%s) recorded, not applied", withdrawal.withdrawalId,
                withdrawal.status, notification.getNotificationId(), notification.getKind());
        WithdrawalAnomaly anomaly = new WithdrawalAnomaly();
        anomaly.withdrawalId = withdrawal.withdrawalId;
        anomaly.notificationId = notification.getNotificationId();
        anomaly.kind = notification.getKind().name();
        anomaly.status = withdrawal.status.name();
        anomaly.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return anomaly.persist().replaceWithVoid();
    }
}
