package io.paybridge.payout.accountpayout.messaging;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.accountpayout.AccountPayouts;
import io.paybridge.payout.accountpayout.PayoutTransitions;
import io.paybridge.payout.accountpayout.domain.PayoutInput;
import io.paybridge.payout.accountpayout.domain.PayoutStatus;
import io.paybridge.payout.accountpayout.persistence.Payout;
import io.paybridge.payout.notification.NotificationHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Applies the notifications of an account payout's own PSP order, found by the MessageID the payout was sent with
 * ({@code pay-…}, echoed by every notification): payoutconfirmation → CONFIRMED, credit → FAILED (RETURNED),
 * payoutfailed and cancel → FAILED (PAYOUT_FAILED). A notification proves the PSP has the order, so a payout still
 * REQUESTED or UNKNOWN (its answer lost) first enters ACCEPTED. A notification the payout's state or money does not
 * fit is recorded as an anomaly and never applied.
 */
@ApplicationScoped
public class PayoutNotificationHandler implements NotificationHandler {

    private static final Logger LOG = Logger.getLogger(PayoutNotificationHandler.class);
    private static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.PAYOUT_CONFIRMATION,
            NotificationKind.PAYOUT_FAILED, NotificationKind.CREDIT, NotificationKind.CANCEL);
    private static final String PREFIX = AccountPayouts.MESSAGE_ID_PREFIX + "-";

    private final PayoutTransitions transitions;

    public PayoutNotificationHandler(PayoutTransitions transitions) {
        this.transitions = transitions;
    }

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public Uni<Boolean> apply(PspNotification notification) {
        String messageId = notification.getMessageId();
        if (messageId == null || !messageId.startsWith(PREFIX)) {
            return Uni.createFrom().item(false);
        }
        return Payout.<Payout>find("messageId", messageId).withLock(LockModeType.PESSIMISTIC_WRITE).<Payout>firstResult()
                .chain(payout -> {
                    if (payout == null) {
                        LOG.warnf("notification %s names MessageID %s, which no account payout has; not applied",
                                notification.getNotificationId(), messageId);
                        return Uni.createFrom().voidItem();
                    }
                    return apply(payout, notification);
                })
                .replaceWith(true);
    }

    /** The input a notification kind is for a payout. */
    static PayoutInput input(NotificationKind kind) {
        return switch (kind) {
            case PAYOUT_CONFIRMATION -> PayoutInput.CONFIRMATION;
            case CREDIT -> PayoutInput.RETURN;
            case PAYOUT_FAILED -> PayoutInput.PAYOUT_FAILURE;
            case CANCEL -> PayoutInput.CANCEL;
            default -> throw new IllegalArgumentException(kind + " is not a payout notification");
        };
    }

    private Uni<Void> apply(Payout payout, PspNotification notification) {
        PayoutInput input = input(notification.getKind());
        String notificationId = notification.getNotificationId();
        Optional<String> misfit = misfit(payout, notification);
        if (misfit.isPresent()) {
            LOG.warnf("notification %s (%s) for account payout %s not applied: %s", notificationId, notification.getKind(),
                    payout.payoutId, misfit.get());
            return transitions.anomaly(payout, notificationId, input.name(), misfit.get());
        }
        Uni<Void> atPsp = Uni.createFrom().voidItem();
        if (payout.status.sendable()) {
            // the answer to AccountPayout was lost or is still on its way: the notification shows the order exists
            payout.pspOrderId = notification.getPspOrderId();
            atPsp = transitions.enter(payout, PayoutInput.ACCEPTED, notificationId).replaceWithVoid();
        }
        return atPsp.chain(() -> {
            PayoutStatus before = payout.status;
            if (before.on(input).isPresent() && input.failureStage().isPresent()) {
                failure(payout, notification);
            }
            return transitions.enter(payout, input, notificationId)
                    .chain(entered -> entered.isPresent() ? Uni.createFrom().voidItem()
                            : transitions.anomaly(payout, notificationId, input.name(), "the payout is " + before));
        });
    }

    /** Why the notification cannot be this payout's, if it cannot. */
    private static Optional<String> misfit(Payout payout, PspNotification notification) {
        if (payout.status == PayoutStatus.AWAITING_APPROVAL || payout.status == PayoutStatus.REJECTED) {
            return Optional.of("the payout was never sent (" + payout.status + ")");
        }
        if (payout.pspOrderId != null && !payout.pspOrderId.equals(notification.getPspOrderId())) {
            return Optional.of("the notification is for PSP order " + notification.getPspOrderId() + ", the payout's is "
                    + payout.pspOrderId);
        }
        if (notification.getCurrency() != null && !notification.getCurrency().equals(payout.currency)
                || notification.getAmount() != null && !Objects.equals(notification.getAmount(), payout.amountMinor)) {
            return Optional.of("amount or currency differs from the payout's");
        }
        return Optional.empty();
    }

    private static void failure(Payout payout, PspNotification notification) {
        switch (notification.getKind()) {
            case PAYOUT_FAILED -> {
                payout.failureCode = notification.getFailure() == null ? null : notification.getFailure().getErrorCode();
                payout.failureMessage = notification.getFailure() == null ? null : notification.getFailure().getErrorMessage();
            }
            case CANCEL -> {
                payout.failureCode = "CANCELLED";
                payout.failureMessage = notification.getCancelReason();
            }
            default -> {
                payout.failureCode = "RETURNED";
                payout.failureMessage = "the PSP returned the payout's money (credit notification)";
            }
        }
    }
}
