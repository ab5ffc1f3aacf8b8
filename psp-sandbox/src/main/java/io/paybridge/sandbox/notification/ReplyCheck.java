package io.paybridge.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.notification.InvalidMerchantReplyException;
import io.paybridge.trustly.notification.MerchantReply;
import io.paybridge.trustly.notification.MerchantReplyParser;
import io.paybridge.trustly.notification.ReplyStatus;
import io.paybridge.trustly.signature.SignatureVerifier;

import java.time.Instant;

/**
 * Judges a merchant's reply to a notification (reference §2.7, §4.1). A 2xx answer that
 * {@link MerchantReplyParser} accepts (signed by the merchant over the data as received, the
 * notification's uuid and method, OK or FAILED) ends delivery – except FAILED to anything but a
 * {@code debit}, the only method where FAILED is an answer; elsewhere it counts as not delivered
 * (what Trustly does then is UNCONFIRMED). The log also keeps the reply's status and whether it verified.
 */
final class ReplyCheck {

    private ReplyCheck() {
    }

    /** The outcome of an HTTP answer with {@code status} and {@code body} to {@code notification}. */
    static DeliveryOutcome judge(Notification notification, SignatureVerifier merchantKey, Instant at, int status, byte[] body) {
        SignedPart signed = signedPart(body);
        Boolean verified = signed == null ? null : signed.verifiedBy(merchantKey);
        String replyStatus = signed == null ? null : statusText(signed.data());
        if (status < 200 || status > 299) {
            return DeliveryOutcome.rejected(at, status, replyStatus, verified, "HTTP status " + status);
        }
        MerchantReply reply;
        try {
            reply = new MerchantReplyParser(merchantKey).read(body, notification.method, notification.uuid.toString());
        } catch (InvalidMerchantReplyException e) {
            return DeliveryOutcome.rejected(at, status, replyStatus, verified, abbreviate(e.getMessage(), 300));
        }
        if (reply.status() == ReplyStatus.FAILED && !"debit".equals(notification.method)) {
            return DeliveryOutcome.rejected(at, status, replyStatus, true,
                    "FAILED is no answer to " + notification.method + "; only a debit may be answered FAILED");
        }
        return DeliveryOutcome.accepted(at, status, reply.status().name());
    }

    /** The reply's signed part for the log, or null when the body is no JSON-RPC result. */
    private static SignedPart signedPart(byte[] body) {
        try {
            JsonNode tree = JsonRpc.parse(body);
            return JsonRpc.isError(tree) ? null : JsonRpc.readResponse(tree);
        } catch (MalformedMessageException e) {
            return null;
        }
    }

    private static String statusText(JsonNode data) {
        JsonNode status = data == null ? null : data.get("status");
        // the column holds 20 characters; a merchant may send anything
        return status != null && status.isTextual() ? abbreviate(status.asText(), 20) : null;
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
