package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.order.OrderState;
import io.paybridge.sandbox.scenario.WithdrawFlow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * ApproveWithdrawal: a withdrawal waiting for manual approval (DEBITED) is APPROVED, its amount leaves the
 * merchant account, and it is sent after the send delay.
 */
@ApplicationScoped
public class ApproveWithdrawalHandler implements MethodHandler {

    private final WithdrawalDecisions decisions;
    private final WithdrawFlow withdrawals;

    public ApproveWithdrawalHandler(WithdrawalDecisions decisions, WithdrawFlow withdrawals) {
        this.decisions = decisions;
        this.withdrawals = withdrawals;
    }

    @Override
    public String method() {
        return "ApproveWithdrawal";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        return decisions.decide(call, OrderState.APPROVED, withdrawals::approvedByMerchant);
    }
}
