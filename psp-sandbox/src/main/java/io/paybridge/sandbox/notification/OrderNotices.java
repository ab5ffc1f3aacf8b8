package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.sandbox.account.BankAccount;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.merchant.Merchant;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The method-specific fields of each notification (reference §4.2), queued now in the caller's
 * transaction: amounts as two-decimal strings, booleans as "1"/"0". Credits, debits and pendings
 * carry no {@code attributes}, like Trustly TEST's real credit notification.
 */
@ApplicationScoped
public class OrderNotices {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final NotificationScheduler scheduler;

    public OrderNotices(NotificationScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** End user finished the checkout; the money has not arrived. */
    public Uni<Notification> pending(SandboxOrder order) {
        return scheduler.schedule(order, "pending", TrustlyAmounts.notificationFields(order), Duration.ZERO);
    }

    /**
     * Money for {@code order}'s end user, the amount of {@code amountOf}: a deposit confirmed, or money
     * returned (a withdrawal or payout on itself, a failed refund on its deposit).
     */
    public Uni<Notification> credit(SandboxOrder order, SandboxOrder amountOf) {
        return scheduler.schedule(order, "credit", TrustlyAmounts.notificationFields(amountOf), Duration.ZERO);
    }

    /** Money taken: a deposit reversed after its credit, or a withdrawal to deduct from the end user's balance. */
    public Uni<Notification> debit(SandboxOrder order) {
        return scheduler.schedule(order, "debit", TrustlyAmounts.notificationFields(order), Duration.ZERO);
    }

    /**
     * Money for {@code amountOf} left for the end user's bank (reference §4.2, §5.2–5.4): an account payout or
     * withdrawal on itself, a refund on its deposit (the deposit's orderid, messageid and NotificationURL).
     * Queued only when the merchant has payout confirmations on: Trustly enables them per merchant and sends
     * none by default. Carries currency, amount and the common fields, no attributes.
     */
    public Uni<Void> payoutConfirmation(SandboxOrder order, SandboxOrder amountOf) {
        return Merchant.<Merchant>findById(amountOf.merchantUsername).flatMap(merchant -> {
            if (merchant == null || !merchant.payoutConfirmations) {
                return Uni.createFrom().voidItem();
            }
            return scheduler.schedule(order, "payoutconfirmation", TrustlyAmounts.notificationFields(amountOf), Duration.ZERO)
                    .replaceWithVoid();
        });
    }

    /** The order will not complete. */
    public Uni<Notification> cancel(SandboxOrder order) {
        return scheduler.schedule(order, "cancel", NODES.objectNode(), Duration.ZERO);
    }

    /** The end user's account; {@code mandate} is directdebitmandate ("0" sent for approval, "1" active) or null. */
    public Uni<Notification> account(SandboxOrder order, BankAccount account, String mandate) {
        ObjectNode attributes = NODES.objectNode()
                .put("clearinghouse", account.clearinghouse)
                .put("bank", account.bank)
                .put("descriptor", account.descriptor)
                .put("lastdigits", account.accountNumber.substring(Math.max(0, account.accountNumber.length() - 6)));
        if (mandate != null) {
            attributes.put("directdebitmandate", mandate);
        }
        ObjectNode fields = NODES.objectNode().put("accountid", account.accountId).put("verified", "1");
        fields.set("attributes", attributes);
        return scheduler.schedule(order, "account", fields, Duration.ZERO);
    }
}
