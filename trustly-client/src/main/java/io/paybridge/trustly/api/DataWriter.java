package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Renders request members with Trustly's key names, every scalar a JSON string, unset members left out. */
public final class DataWriter {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private DataWriter() {
    }

    public static DataWriter create() {
        return new DataWriter();
    }

    /** A writer that starts with NotificationURL, EndUserID and MessageID. */
    public static DataWriter order(String notificationUrl, String endUserId, String messageId) {
        return create().text("NotificationURL", notificationUrl).text("EndUserID", endUserId).text("MessageID", messageId);
    }

    /** A writer that starts with the order members, AccountID, Amount and Currency (AccountPayout, Charge). */
    public static DataWriter accountOrder(String notificationUrl, String endUserId, String messageId, String accountId,
            BigDecimal amount, String currency) {
        return order(notificationUrl, endUserId, messageId)
                .text("AccountID", accountId)
                .amount("Amount", amount)
                .text("Currency", currency);
    }

    /** Writes the text; left out when null. */
    public DataWriter text(String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    /** Writes the text, or JSON null when unset: for keys that must be present. */
    public DataWriter textOrNull(String key, String value) {
        node.put(key, value);
        return this;
    }

    /** Writes the amount as its plain text (validation has made it exactly two decimals); left out when null. */
    public DataWriter amount(String key, BigDecimal value) {
        return text(key, value == null ? null : value.toPlainString());
    }

    /** Writes {@code YYYY-MM-DD}; left out when null. */
    public DataWriter date(String key, LocalDate value) {
        return text(key, value == null ? null : value.toString());
    }

    /** Writes {@code "1"} or {@code "0"}, Trustly's booleans; left out when null. */
    public DataWriter flag(String key, Boolean value) {
        return text(key, value == null ? null : value ? "1" : "0");
    }

    /** Writes a nested object; left out when it has no members. */
    public DataWriter object(String key, ObjectNode value) {
        if (value != null && !value.isEmpty()) {
            node.set(key, value);
        }
        return this;
    }

    /** Writes a nested object, or JSON null when it has no members: for keys that must be present. */
    public DataWriter objectOrNull(String key, ObjectNode value) {
        node.set(key, value == null || value.isEmpty() ? JsonNodeFactory.instance.nullNode() : value);
        return this;
    }

    /** Adds members that have no typed field yet; a name already written keeps its typed value. */
    public DataWriter extra(Map<String, String> extra) {
        extra.forEach((key, value) -> {
            if (!node.has(key)) {
                node.put(key, value);
            }
        });
        return this;
    }

    public ObjectNode node() {
        return node;
    }
}
