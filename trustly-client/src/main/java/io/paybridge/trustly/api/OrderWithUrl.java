package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Result of Deposit, Withdraw and SelectAccount: Trustly's OrderID and the checkout URL to open (valid 30 minutes). */
public record OrderWithUrl(String orderId, String url) {

    public static OrderWithUrl read(JsonNode data) {
        DataReader.object(data, "data");
        return new OrderWithUrl(DataReader.text(data, "orderid"), DataReader.text(data, "url"));
    }
}
