package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.SignatureVerifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Judges a merchant's reply to a notification (reference §2.7, §4.1): it ends delivery only when it
 * parses, {@code result.signature} verifies with the merchant's key over {@code result.data} as
 * received, {@code result.uuid} and {@code result.method} are the notification's, and
 * {@code data.status} is OK – or FAILED for a {@code debit}, the only method where FAILED is an answer.
 * FAILED to any other method counts as not delivered (what Trustly does then is UNCONFIRMED).
 */
final class ReplyCheck {

    static final String OK = "OK";
    static final String FAILED = "FAILED";

    private ReplyCheck() {
    }

    /** The outcome of an HTTP answer with {@code status} and {@code body} to {@code notification}. */
    static DeliveryOutcome judge(Notification notification, SignatureVerifier merchantKey, Instant at, int status, byte[] body) {
        SignedPart reply;
        try {
            JsonNode tree = JsonRpc.parse(body);
            if (JsonRpc.isError(tree)) {
                return DeliveryOutcome.rejected(at, status, null, null, "the reply is a JSON-RPC error, not a result");
            }
            reply = JsonRpc.readResponse(tree);
        } catch (MalformedMessageException e) {
            return DeliveryOutcome.rejected(at, status, null, null, "the reply is malformed: " + e.getMessage());
        }
        JsonNode replyStatus = reply.data().get("status");
        String statusText = replyStatus != null && replyStatus.isTextual() ? replyStatus.asText() : null;
        boolean verified = reply.verifiedBy(merchantKey);
        String rejection = rejection(notification, reply, status, statusText, verified);
        return rejection == null
                ? DeliveryOutcome.accepted(at, status, statusText)
                : DeliveryOutcome.rejected(at, status, abbreviate(statusText), verified, rejection);
    }

    private static String rejection(Notification notification, SignedPart reply, int httpStatus, String status, boolean verified) {
        if (httpStatus < 200 || httpStatus > 299) {
            return "HTTP status " + httpStatus;
        }
        if (!reply.data().isObject() || status == null) {
            return "result.data.status is missing";
        }
        if (!verified) {
            return "result.signature does not verify with the merchant's public key";
        }
        if (!Objects.equals(reply.uuid(), notification.uuid.toString())) {
            return "result.uuid is not the notification's uuid";
        }
        if (!Objects.equals(reply.method(), notification.method)) {
            return "result.method is not the notification's method";
        }
        if (OK.equals(status) || (FAILED.equals(status) && "debit".equals(notification.method))) {
            return null;
        }
        if (FAILED.equals(status)) {
            return "FAILED is no answer to " + notification.method + "; only a debit may be answered FAILED";
        }
        return "result.data.status must be OK or FAILED";
    }

    private static String abbreviate(String status) {
        // the column holds 20 characters; a merchant may send anything
        return status == null || status.length() <= 20 ? status : status.substring(0, 20);
    }
}
