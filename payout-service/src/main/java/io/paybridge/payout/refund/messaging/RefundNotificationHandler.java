package io.paybridge.payout.refund.messaging;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.paybridge.payout.deposit.persistence.RefundableDeposit;
import io.paybridge.payout.notification.NotificationHandler;
import io.paybridge.payout.refund.RefundLedger;
import io.paybridge.payout.refund.domain.RefundInput;
import io.paybridge.payout.refund.domain.RefundStatus;
import io.paybridge.payout.refund.persistence.Refund;
import io.paybridge.payout.refund.persistence.RefundAnomaly;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refund notifications. Trustly keys them by the refunded <b>deposit's</b> order id (a refund has no order of its
 * own), so only the amount tells a deposit's refunds apart: a payoutconfirmation of X confirms its oldest ACCEPTED
 * refund of X; a payoutfailed of X fails one; a credit of X that is not the deposit's own credit
 * ({@code DepositCredited.notificationId}) is a refund of X coming back (REFUND_FAILED, stage RETURNED). A refund
 * whose PSP answer is still awaited is matched only when no answered one fits, since the notification proves the PSP
 * took it. A failed refund's amount is refundable again. A notification that fits no refund is recorded as an anomaly.
 */
@ApplicationScoped
public class RefundNotificationHandler implements NotificationHandler {

    private static final Set<NotificationKind> KINDS = Set.of(NotificationKind.CREDIT, NotificationKind.PAYOUT_CONFIRMATION,
            NotificationKind.PAYOUT_FAILED);

    private final RefundLedger ledger;

    public RefundNotificationHandler(RefundLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Set<NotificationKind> kinds() {
        return KINDS;
    }

    @Override
    public Uni<Boolean> apply(PspNotification notification) {
        return RefundableDeposit.lockByPspOrder(notification.getPspOrderId()).chain(deposit -> {
            if (deposit == null) {
                return Uni.createFrom().item(false);
            }
            if (notification.getKind() == NotificationKind.CREDIT
                    && notification.getNotificationId().equals(deposit.creditNotificationId)) {
                // the deposit's own credit: checkout's business
                return Uni.createFrom().item(true);
            }
            return applyToDeposit(deposit, notification).replaceWith(true);
        });
    }

    private Uni<Void> applyToDeposit(RefundableDeposit deposit, PspNotification notification) {
        RefundInput input = input(notification.getKind());
        if (notification.getAmount() == null || notification.getCurrency() == null) {
            return anomaly(deposit, notification, "NO_AMOUNT", "a " + notification.getMethod() + " without amount or currency");
        }
        if (!deposit.currency.equals(notification.getCurrency())) {
            return anomaly(deposit, notification, "CURRENCY_MISMATCH", "the deposit is in " + deposit.currency);
        }
        List<RefundStatus> from = Arrays.stream(RefundStatus.values()).filter(status -> status.on(input).isPresent()).toList();
        return Refund.<Refund>find("orderRef = ?1 and amountMinor = ?2 and status in ?3 order by createdAt, refundId",
                        deposit.orderRef, notification.getAmount(), from)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .chain(candidates -> {
                    if (candidates.stream().anyMatch(refund -> notification.getNotificationId().equals(refund.notificationId))) {
                        return Uni.createFrom().voidItem();
                    }
                    Optional<Refund> match = candidates.stream()
                            .min(Comparator.comparing((Refund refund) -> refund.status.awaitsAnswer()));
                    if (match.isEmpty()) {
                        return anomaly(deposit, notification, "UNMATCHED_" + notification.getKind().name(),
                                "no refund of this amount is " + from);
                    }
                    String errorCode = notification.getFailure() == null ? null : notification.getFailure().getErrorCode();
                    String errorMessage = notification.getFailure() == null ? null : notification.getFailure().getErrorMessage();
                    return ledger.enter(deposit, match.get(), input,
                            new RefundLedger.Cause(errorCode, errorMessage, notification.getNotificationId())).replaceWithVoid();
                });
    }

    private static RefundInput input(NotificationKind kind) {
        return switch (kind) {
            case CREDIT -> RefundInput.RETURNED;
            case PAYOUT_CONFIRMATION -> RefundInput.PAYOUT_CONFIRMED;
            case PAYOUT_FAILED -> RefundInput.PAYOUT_FAILED;
            default -> throw new IllegalArgumentException(kind + " is not a refund notification");
        };
    }

    private static Uni<Void> anomaly(RefundableDeposit deposit, PspNotification notification, String kind, String detail) {
        RefundAnomaly anomaly = new RefundAnomaly();
        anomaly.orderRef = deposit.orderRef;
        anomaly.notificationId = notification.getNotificationId();
        anomaly.kind = kind;
        anomaly.amountMinor = notification.getAmount();
        anomaly.currency = notification.getCurrency() != null && notification.getCurrency().length() == 3
                ? notification.getCurrency() : null;
        anomaly.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        anomaly.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return anomaly.persist().replaceWithVoid();
    }
}
