package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.StringJoiner;

/** The {@code toString} of every request: method, ids and amounts only, never personal data or URLs. */
public final class RequestDescription {

    private static final List<String> SAFE_MEMBERS = List.of(
            "MessageID", "EndUserID", "OrderID", "AccountID", "Amount", "Currency", "FromDate", "ToDate", "SettlementDate");
    private static final List<String> SAFE_ATTRIBUTES = List.of("Amount", "Currency", "PaymentDate");

    private RequestDescription() {
    }

    public static String of(TrustlyRequest<?> request) {
        ObjectNode data = request.render();
        StringJoiner text = new StringJoiner(", ", request.method() + "[", "]");
        appendSafe(text, data, SAFE_MEMBERS, "");
        JsonNode attributes = data.get("Attributes");
        if (attributes != null && attributes.isObject()) {
            appendSafe(text, attributes, SAFE_ATTRIBUTES, "Attributes.");
        }
        return text.toString();
    }

    private static void appendSafe(StringJoiner text, JsonNode node, List<String> keys, String prefix) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull()) {
                text.add(prefix + key + "=" + value.asText());
            }
        }
    }
}
