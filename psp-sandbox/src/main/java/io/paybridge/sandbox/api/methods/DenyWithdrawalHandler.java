package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.notification.OrderNotices;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.order.SandboxOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * DenyWithdrawal: a withdrawal waiting for manual approval (DEBITED) is DENIED. The merchant had deducted
 * the amount from the end user's balance on the debit notification, so a {@code credit} notification
 * tells it to give the money back (UNCONFIRMED: Trustly does not document what follows a denial).
 */
@ApplicationScoped
public class DenyWithdrawalHandler implements MethodHandler {

    private final WithdrawalDecisions decisions;
    private final OrderNotices notifications;

    public DenyWithdrawalHandler(WithdrawalDecisions decisions, OrderNotices notifications) {
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
        return notifications.credit(withdraw, withdraw)
                .replaceWithVoid();
    }
}
