package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Result of Refund, AccountPayout, ApproveWithdrawal and DenyWithdrawal: the OrderID and whether it was accepted. */
public record OrderResult(String orderId, boolean accepted) {

    public static OrderResult read(JsonNode data) {
        DataReader.object(data, "data");
        return new OrderResult(DataReader.text(data, "orderid"), DataReader.flag(data, "result"));
    }
}
