package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.util.List;

/** {@code GetWithdrawals} (reference §3): the transfers behind a withdrawal or payout order. */
public record GetWithdrawals(String orderId) implements TrustlyRequest<List<WithdrawalEntry>> {

    @Override
    public String method() {
        return "GetWithdrawals";
    }

    @Override
    public void validate() {
        Check.required("OrderID", orderId);
    }

    @Override
    public ObjectNode render() {
        return DataWriter.create().text("OrderID", orderId).node();
    }

    @Override
    public List<WithdrawalEntry> readResponse(JsonNode data) {
        return DataReader.array(data, WithdrawalEntry::read);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
