package io.paybridge.payout.notification;

import io.paybridge.contracts.payments.v1.NotificationKind;
import io.paybridge.contracts.payments.v1.PspNotification;
import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * One money-out feature's part of the PSP notifications (refunds: by the deposit's PSP order id; payouts and
 * withdrawals: by their own order). A bean implementing it is asked by the {@link NotificationRouter}.
 */
public interface NotificationHandler {

    /** The notification kinds this handler may take; others never reach it. */
    Set<NotificationKind> kinds();

    /**
     * Applies {@code notification} inside the caller's transaction if it concerns one of this handler's orders.
     *
     * @return true when it did (no other handler is asked), false when the notification is not this handler's
     */
    Uni<Boolean> apply(PspNotification notification);
}
