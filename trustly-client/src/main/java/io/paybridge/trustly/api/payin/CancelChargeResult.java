package io.paybridge.trustly.api.payin;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;

/** Outcome of a CancelCharge: cancelled, or rejected ({@code result "0"}) with Trustly's reason; not an error. */
public sealed interface CancelChargeResult {

    /** The charge will not be executed. */
    record Cancelled() implements CancelChargeResult {
    }

    /** The charge could not be cancelled; {@code reason} is Trustly's {@code rejected} text (may be null). */
    record Rejected(String reason) implements CancelChargeResult {
    }

    static CancelChargeResult read(JsonNode data) {
        DataReader.object(data, "data");
        if (DataReader.flag(data, "result")) {
            return new Cancelled();
        }
        return new Rejected(DataReader.optionalText(data, "rejected"));
    }
}
