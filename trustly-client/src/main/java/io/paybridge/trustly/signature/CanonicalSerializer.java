package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Trustly's canonical serialization of a JSON value, the text that is signed (reference §2.3).
 *
 * <p>Objects emit each key followed by its serialized value, keys in ordinal (code point) order;
 * arrays emit their elements in array order; strings emit their logical value; {@code null} emits
 * nothing but its key is kept; numbers and booleans emit their JSON text. Always serialize the
 * tree as received: null-versus-absent and unknown keys change the result.
 */
public final class CanonicalSerializer {

    /** Code point order, which is what Trustly's own libraries mean by "ASCIIbetical". */
    static final Comparator<String> CODE_POINT_ORDER = CanonicalSerializer::compareCodePoints;

    private CanonicalSerializer() {
    }

    /** Serializes {@code value}; a Java {@code null} or JSON null serializes to the empty string. */
    public static String serialize(JsonNode value) {
        var out = new StringBuilder();
        append(value, out);
        return out.toString();
    }

    private static void append(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
            fields.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
            for (var field : fields) {
                out.append(field.getKey());
                append(field.getValue(), out);
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                append(element, out);
            }
        } else {
            out.append(value.asText());
        }
    }

    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
