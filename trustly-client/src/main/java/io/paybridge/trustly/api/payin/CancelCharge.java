package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.OrderIdRequest;
import io.paybridge.trustly.api.RequestDescription;

/** {@code CancelCharge} (reference §3): cancels a Charge with a future PaymentDate, until 18:00 the day before. */
public record CancelCharge(String orderId) implements OrderIdRequest<CancelChargeResult> {

    @Override
    public String method() {
        return "CancelCharge";
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
