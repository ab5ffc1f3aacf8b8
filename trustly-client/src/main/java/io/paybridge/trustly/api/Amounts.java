package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Money amounts as {@link BigDecimal}: sent with exactly two decimals, read leniently and exactly, never via double. */
public final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** True when the amount can be sent as is: not null and exactly two decimals. */
    public static boolean isStrict(BigDecimal amount) {
        return amount != null && amount.scale() == 2;
    }

    /** The text sent to Trustly, e.g. {@code 10.00}; the amount must have exactly two decimals. */
    public static String format(BigDecimal amount) {
        if (!isStrict(amount)) {
            throw new IllegalArgumentException("an amount sent to Trustly must have exactly two decimals");
        }
        return amount.toPlainString();
    }

    /**
     * Reads an amount Trustly sent, as a string or a number. Trailing zeros beyond the second decimal are
     * dropped and at least two decimals kept, so {@code "11"} and {@code "11.000"} both read as {@code 11.00};
     * significant decimals are never rounded away.
     */
    public static BigDecimal parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a decimal amount");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 2) {
            value = value.stripTrailingZeros();
        }
        return value.scale() < 2 ? value.setScale(2) : value;
    }

    /** Reads an amount from a JSON string or number; the message names {@code where}. */
    public static BigDecimal parse(JsonNode node, String where) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            throw new MalformedMessageException(where + " must be a decimal amount");
        }
        try {
            return parse(node.asText());
        } catch (NumberFormatException e) {
            throw new MalformedMessageException(where + " must be a decimal amount");
        }
    }
}
