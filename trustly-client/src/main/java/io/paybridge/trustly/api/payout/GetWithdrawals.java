package io.paybridge.trustly.api.payout;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.api.OrderIdRequest;
import io.paybridge.trustly.api.RequestDescription;

import java.util.List;

/** {@code GetWithdrawals} (reference §3): the transfers behind a withdrawal or payout order. */
public record GetWithdrawals(String orderId) implements OrderIdRequest<List<WithdrawalEntry>> {

    @Override
    public String method() {
        return "GetWithdrawals";
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
