package io.paybridge.sandbox.api.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.api.ApiCall;
import io.paybridge.sandbox.api.MethodHandler;
import io.paybridge.sandbox.ledger.Bookings;
import io.paybridge.sandbox.order.OrderState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** ApproveWithdrawal: a withdrawal waiting for manual approval (DEBITED) is APPROVED and its amount leaves the merchant account. */
@ApplicationScoped
public class ApproveWithdrawalHandler implements MethodHandler {

    private final WithdrawalDecisions decisions;
    private final Bookings bookings;

    public ApproveWithdrawalHandler(WithdrawalDecisions decisions, Bookings bookings) {
        this.decisions = decisions;
        this.bookings = bookings;
    }

    @Override
    public String method() {
        return "ApproveWithdrawal";
    }

    @Override
    public Uni<JsonNode> handle(ApiCall call) {
        return decisions.decide(call, OrderState.APPROVED, bookings::withdrawalApproved);
    }
}
