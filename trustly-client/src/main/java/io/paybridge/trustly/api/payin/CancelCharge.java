package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.api.Check;
import io.paybridge.trustly.api.DataWriter;
import io.paybridge.trustly.api.RequestDescription;
import io.paybridge.trustly.api.TrustlyRequest;

/** {@code CancelCharge} (reference §3): cancels a Charge with a future PaymentDate, until 18:00 the day before. */
public record CancelCharge(String orderId) implements TrustlyRequest<CancelChargeResult> {

    @Override
    public String method() {
        return "CancelCharge";
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
    public CancelChargeResult readResponse(JsonNode data) {
        return CancelChargeResult.read(data);
    }

    @Override
    public String toString() {
        return RequestDescription.of(this);
    }
}
