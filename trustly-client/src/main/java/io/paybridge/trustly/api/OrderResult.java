package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Result of Refund, AccountPayout, ApproveWithdrawal and DenyWithdrawal: the OrderID and whether Trustly
 * accepted the request ({@code result "1"}) or not ({@code "0"}).
 */
public record OrderResult(String orderId, boolean accepted) {

    public static OrderResult read(JsonNode data) {
        DataReader.object(data, "data");
        return new OrderResult(DataReader.text(data, "orderid"), DataReader.flag(data, "result"));
    }
}
