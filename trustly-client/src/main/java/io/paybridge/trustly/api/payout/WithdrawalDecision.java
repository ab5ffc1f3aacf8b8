package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.OrderIdRequest;

/** ApproveWithdrawal and DenyWithdrawal: the withdrawal's OrderID and {@code Attributes: null}. */
public interface WithdrawalDecision extends OrderIdRequest<OrderResult> {

    @Override
    default ObjectNode render() {
        return DataWriter.create().text("OrderID", orderId()).objectOrNull("Attributes", null).node();
    }

    @Override
    default OrderResult readResponse(JsonNode data) {
        return OrderResult.read(data);
    }
}
