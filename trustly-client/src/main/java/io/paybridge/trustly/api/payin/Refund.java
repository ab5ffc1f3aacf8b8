package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.OrderResult;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

import java.math.BigDecimal;

/** {@code Refund} (reference §3): returns all or part of a deposit or charge; Attributes is sent as null when empty. */
public record Refund(String orderId, BigDecimal amount, String currency, String externalReference)
        implements TrustlyRequest<OrderResult> {

    /** A refund without ExternalReference. */
    public static Refund of(String orderId, BigDecimal amount, String currency) {
        return new Refund(orderId, amount, currency, null);
    }

    @Override
    public String method() {
        return "Refund";
    }

    @Override
    public void validate() {
        Check.required("OrderID", orderId);
        Check.amount("Amount", amount);
        Check.currency("Currency", currency);
    }

    @Override
    public ObjectNode render() {
        return DataWriter.create()
                .text("OrderID", orderId)
                .amount("Amount", amount)
                .text("Currency", currency)
                .objectOrNull("Attributes", DataWriter.create().text("ExternalReference", externalReference).node())
                .node();
    }

    @Override
    public OrderResult readResponse(JsonNode data) {
        return OrderResult.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
