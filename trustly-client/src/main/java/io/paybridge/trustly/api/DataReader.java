package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Reads result data leniently (strings or numbers); a missing or mistyped member is malformed, named. */
public final class DataReader {

    private DataReader() {
    }

    /** The object itself; anything else is malformed. */
    public static JsonNode object(JsonNode data, String where) {
        if (data == null || !data.isObject()) {
            throw new MalformedMessageException(where + " must be an object");
        }
        return data;
    }

    /** A required scalar as text. */
    public static String text(JsonNode data, String key) {
        String value = optionalText(data, key);
        if (value == null) {
            throw new MalformedMessageException("data." + key + " is missing");
        }
        return value;
    }

    /** A scalar as text; null when absent or JSON null. */
    public static String optionalText(JsonNode data, String key) {
        JsonNode value = data.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new MalformedMessageException("data." + key + " must be a string or a number");
        }
        return value.asText();
    }

    /** A required amount, read leniently. */
    public static BigDecimal amount(JsonNode data, String key) {
        JsonNode value = data.get(key);
        if (value == null || value.isNull()) {
            throw new MalformedMessageException("data." + key + " is missing");
        }
        return Amounts.parse(value, "data." + key);
    }

    /** An amount; null when absent, JSON null or empty. */
    public static BigDecimal optionalAmount(JsonNode data, String key) {
        JsonNode value = data.get(key);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            return null;
        }
        return Amounts.parse(value, "data." + key);
    }

    /** Trustly's boolean: {@code "1"} or {@code "0"} (as a string or a number). */
    public static boolean flag(JsonNode data, String key) {
        String value = text(data, key);
        if ("1".equals(value)) {
            return true;
        }
        if ("0".equals(value)) {
            return false;
        }
        throw new MalformedMessageException("data." + key + " must be \"1\" or \"0\"");
    }

    /** A required timestamp. */
    public static OffsetDateTime timestamp(JsonNode data, String key) {
        OffsetDateTime value = optionalTimestamp(data, key);
        if (value == null) {
            throw new MalformedMessageException("data." + key + " is missing");
        }
        return value;
    }

    /** A timestamp; null when absent or JSON null. */
    public static OffsetDateTime optionalTimestamp(JsonNode data, String key) {
        String text = optionalText(data, key);
        if (text == null) {
            return null;
        }
        return Timestamps.parse(text)
                .orElseThrow(() -> new MalformedMessageException("data." + key + " is not a timestamp"));
    }

    /** Each element of an array, read with {@code reader}. */
    public static <T> List<T> array(JsonNode data, Function<JsonNode, T> reader) {
        if (data == null || !data.isArray()) {
            throw new MalformedMessageException("data must be an array");
        }
        List<T> entries = new ArrayList<>(data.size());
        for (JsonNode element : data) {
            entries.add(reader.apply(object(element, "each element of data")));
        }
        return Collections.unmodifiableList(entries);
    }
}
