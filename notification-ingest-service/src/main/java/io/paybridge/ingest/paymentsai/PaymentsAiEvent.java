package io.paybridge.ingest.paymentsai;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.ingest.body.MalformedBodyException;
import io.paybridge.ingest.body.StrictJson;
import io.paybridge.ingest.inbox.NewNotification;
import io.paybridge.ingest.rejection.Refusal;
import io.paybridge.ingest.rejection.RejectionReason;

/**
 * The envelope fields of a verified PaymentsAI webhook that the ingest uses
 * ({@code {deduplicationId, type, organizationId, metadata}}); the metadata (a transaction, a
 * subscription or a dispute, with customer and card details) stays in the inbox's raw body, only the
 * transaction id is taken from it.
 *
 * @param transactionId the transaction the event is about, or null when it names none
 */
record PaymentsAiEvent(String deduplicationId, String type, String transactionId) {

    private static final String TRANSACTION_EVENTS = "transaction-";

    /** The event in a body already verified; refused when it is not strict JSON or lacks its ids. */
    static PaymentsAiEvent parse(byte[] body) {
        JsonNode tree;
        try {
            tree = StrictJson.parse(body);
        } catch (MalformedBodyException e) {
            throw new Refusal(RejectionReason.MALFORMED, e.getMessage());
        }
        if (!tree.isObject()) {
            throw new Refusal(RejectionReason.MALFORMED, "the body is not a JSON object");
        }
        String type = text(tree, "type", NewNotification.MAX_METHOD_LENGTH, true);
        return new PaymentsAiEvent(text(tree, "deduplicationId", NewNotification.MAX_ID_LENGTH, true), type,
                transactionId(type, tree.path("metadata")));
    }

    /**
     * A dispute (or any other object) names its transaction in {@code transactionId}; a
     * {@code transaction-*} event's metadata is the transaction itself, whose id is {@code id}.
     * Subscription events name no single transaction.
     */
    private static String transactionId(String type, JsonNode metadata) {
        if (!metadata.isObject()) {
            return null;
        }
        String referenced = text(metadata, "transactionId", NewNotification.MAX_ID_LENGTH, false);
        if (referenced != null) {
            return referenced;
        }
        return type.startsWith(TRANSACTION_EVENTS) ? text(metadata, "id", NewNotification.MAX_ID_LENGTH, false) : null;
    }

    private static String text(JsonNode node, String field, int maxLength, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                throw new Refusal(RejectionReason.MALFORMED, "the field " + field + " is missing or empty");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new Refusal(RejectionReason.MALFORMED, "the field " + field + " is not a string");
        }
        if (value.asText().length() > maxLength) {
            throw new Refusal(RejectionReason.MALFORMED, "the field " + field + " is longer than " + maxLength + " characters");
        }
        return value.asText();
    }
}
