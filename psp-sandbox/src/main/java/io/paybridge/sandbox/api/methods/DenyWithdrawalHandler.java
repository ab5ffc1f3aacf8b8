package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.ledger.TrustlyAmounts;
import io.paybridge.sandbox.notification.NotificationScheduler;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * DenyWithdrawal: a withdrawal waiting for manual approval (DEBITED) is DENIED. The merchant had deducted
 * the amount from the end user's balance on the debit notification, so a {@code credit} notification
 * tells it to give the money back (UNCONFIRMED: Trustly does not document what follows a denial).
 */
@ApplicationScoped
public class DenyWithdrawalHandler implements MethodHandler {

    private final WithdrawalDecisions decisions;
    private final NotificationScheduler notifications;

    public DenyWithdrawalHandler(WithdrawalDecisions decisions, NotificationScheduler notifications) {
        this.decisions = decisions;
        this.notifications = notifications;
    }

    @Override
    public String method() {
        return "DenyWithdrawal";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        return decisions.decide(call, OrderState.DENIED, this::creditBack);
    }

    private Uni<Void> creditBack(SandboxOrder withdraw) {
        return notifications.schedule(withdraw, "credit", TrustlyAmounts.notificationFields(withdraw), Duration.ZERO)
                .replaceWithVoid();
    }
}
