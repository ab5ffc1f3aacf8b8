package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.SignatureVerifier;

import java.util.Objects;

/** Checks a merchant's reply as Trustly would (sandbox): signed by its key, same method and uuid, OK or FAILED. */
public final class MerchantReplyParser {

    private final SignatureVerifier merchantVerifier;

    public MerchantReplyParser(SignatureVerifier merchantVerifier) {
        this.merchantVerifier = Objects.requireNonNull(merchantVerifier, "merchantVerifier");
    }

    /** The verified reply to the notification {@code method}/{@code uuid}; otherwise {@link InvalidMerchantReplyException}. */
    public MerchantReply read(byte[] body, String method, String uuid) {
        SignedPart part;
        try {
            JsonNode tree = JsonRpc.parse(body);
            if (JsonRpc.isError(tree)) {
                throw invalid(method, uuid, "it is an error, not a result");
            }
            part = JsonRpc.readResponse(tree);
        } catch (MalformedMessageException e) {
            throw invalid(method, uuid, e.getMessage());
        }
        if (!part.verifiedBy(merchantVerifier)) {
            throw invalid(method, uuid, "the signature does not verify with the merchant's key");
        }
        if (!uuid.equals(part.uuid())) {
            throw invalid(method, uuid, "result.uuid is " + part.uuid());
        }
        if (!method.equals(part.method())) {
            throw invalid(method, uuid, "result.method is " + part.method());
        }
        return new MerchantReply(method, uuid, status(part.data(), method, uuid));
    }

    private static ReplyStatus status(JsonNode data, String method, String uuid) {
        JsonNode status = data == null ? null : data.get("status");
        if (status != null && status.isTextual()) {
            for (ReplyStatus candidate : ReplyStatus.values()) {
                if (candidate.name().equals(status.asText())) {
                    return candidate;
                }
            }
        }
        throw invalid(method, uuid, "result.data.status must be \"OK\" or \"FAILED\"");
    }

    private static InvalidMerchantReplyException invalid(String method, String uuid, String reason) {
        return new InvalidMerchantReplyException("invalid reply to " + method + " notification " + uuid + ": " + reason);
    }

    @Override
    public String toString() {
        return "MerchantReplyParser[" + merchantVerifier + "]";
    }
}
