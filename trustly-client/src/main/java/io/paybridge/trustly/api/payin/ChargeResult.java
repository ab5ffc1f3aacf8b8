package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

/** Outcome of a Charge: accepted with an OrderID, or rejected ({@code result "0"}) with a reason; not an error. */
public sealed interface ChargeResult {

    /** Trustly accepted the charge; notifications for {@code orderId} follow. */
    record Accepted(String orderId) implements ChargeResult {
    }

    /** Trustly did not accept the charge; {@code reason} is its {@code rejected} text (may be null). */
    record Rejected(String reason) implements ChargeResult {
    }

    static ChargeResult read(JsonNode data) {
        DataReader.object(data, "data");
        if (DataReader.flag(data, "result")) {
            return new Accepted(DataReader.text(data, "orderid"));
        }
        return new Rejected(DataReader.optionalText(data, "rejected"));
    }
}
