package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.DataReader;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the data of a verified notification into a {@link TrustlyNotification}, requiring what its method must carry. */
final class NotificationReader {

    private NotificationReader() {
    }

    static TrustlyNotification read(SignedPart part) {
        if (part.uuid() == null || part.uuid().isEmpty()) {
            throw new MalformedMessageException("params.uuid is missing");
        }
        JsonNode data = part.data();
        NotificationMethod kind = NotificationMethod.of(part.method());
        boolean known = kind != NotificationMethod.UNKNOWN && kind != NotificationMethod.KYC;
        return new TrustlyNotification(
                part.method(),
                part.uuid(),
                known ? DataReader.text(data, "notificationid") : DataReader.optionalText(data, "notificationid"),
                known ? DataReader.text(data, "orderid") : DataReader.optionalText(data, "orderid"),
                DataReader.optionalText(data, "messageid"),
                DataReader.optionalText(data, "enduserid"),
                kind.carriesAmount() ? DataReader.amount(data, "amount") : DataReader.optionalAmount(data, "amount"),
                kind.carriesAmount() ? DataReader.text(data, "currency") : DataReader.optionalText(data, "currency"),
                DataReader.optionalText(data, "timestamp"),
                attributes(data.get("attributes")),
                kind == NotificationMethod.ACCOUNT
                        ? DataReader.text(data, "accountid") : DataReader.optionalText(data, "accountid"),
                data.hasNonNull("verified") ? DataReader.flag(data, "verified") : null,
                DataReader.optionalText(data, "errorcode"),
                DataReader.optionalText(data, "errormessage"),
                data.deepCopy());
    }

    /** Scalars as their text, nested values as JSON text; absent or null attributes are an empty map. */
    private static Map<String, String> attributes(JsonNode attributes) {
        if (attributes == null || attributes.isNull()) {
            return Map.of();
        }
        if (!attributes.isObject()) {
            throw new MalformedMessageException("data.attributes must be an object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            values.put(entry.getKey(), value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
        });
        return Collections.unmodifiableMap(values);
    }
}
