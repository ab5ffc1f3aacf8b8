package io.paybridge.checkout.notification;

import io.paybridge.checkout.charge.messaging.ChargeNotificationApplier;
import io.paybridge.checkout.charge.persistence.Charge;
import io.paybridge.checkout.deposit.messaging.DepositNotificationApplier;
import io.paybridge.checkout.deposit.messaging.ParkedNotifications;
import io.paybridge.checkout.deposit.persistence.DepositOrder;
import io.paybridge.checkout.mandate.messaging.MandateNotificationApplier;
import io.paybridge.checkout.mandate.persistence.Mandate;
import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Routes a PSP notification, by its PSP order id, to the deposit, mandate or charge that order is, inside the
 * caller's transaction and holding the order's advisory lock; one for an order not stored yet is parked (the
 * creating call's answer may not be committed yet) and applied by whichever creation path stores the order.
 */
@ApplicationScoped
public class NotificationRouter {

    /** The kinds some checkout order takes; others (payout confirmations, KYC) are not checkout's. */
    static final Set<NotificationKind> ROUTED = EnumSet.of(NotificationKind.PENDING, NotificationKind.CREDIT,
            NotificationKind.DEBIT, NotificationKind.CANCEL, NotificationKind.ACCOUNT);

    private final ParkedNotifications parked;
    private final DepositNotificationApplier deposits;
    private final MandateNotificationApplier mandates;
    private final ChargeNotificationApplier charges;

    public NotificationRouter(ParkedNotifications parked, DepositNotificationApplier deposits,
            MandateNotificationApplier mandates, ChargeNotificationApplier charges) {
        this.parked = parked;
        this.deposits = deposits;
        this.mandates = mandates;
        this.charges = charges;
    }

    /** Whether checkout takes notifications of this kind at all. */
    public static boolean routed(PspNotification notification) {
        return ROUTED.contains(notification.getKind());
    }

    /** Applies {@code notification} to its order, or parks it. */
    public Uni<Void> route(PspNotification notification) {
        String pspOrderId = notification.getPspOrderId();
        return parked.lock(pspOrderId)
                .chain(() -> DepositOrder.<DepositOrder>find("pspOrderId", pspOrderId).<DepositOrder>firstResult())
                .chain(deposit -> deposit != null ? toDeposit(deposit, notification)
                        : Mandate.<Mandate>find("pspOrderId", pspOrderId).<Mandate>firstResult()
                                .chain(mandate -> mandate != null ? mandates.apply(mandate, notification)
                                        : Charge.<Charge>find("pspOrderId", pspOrderId).<Charge>firstResult()
                                                .chain(charge -> charge != null ? charges.apply(charge, notification)
                                                        : parked.park(notification))));
    }

    private Uni<Void> toDeposit(DepositOrder deposit, PspNotification notification) {
        // a deposit's account notification (Deposit with account notifications on) carries nothing a deposit keeps
        return DepositNotificationApplier.input(notification.getKind()).isPresent()
                ? deposits.apply(deposit, notification) : Uni.createFrom().voidItem();
    }
}
