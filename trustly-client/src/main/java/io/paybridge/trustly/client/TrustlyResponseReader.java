package io.paybridge.trustly.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.error.ApiErrors;
import io.paybridge.trustly.error.TrustlyResponseVerificationException;
import io.paybridge.trustly.error.TrustlyTransportException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.SignatureVerifier;

import java.util.Objects;

/** Verifies Trustly's answer (signature, uuid, method) before mapping an error or reading the result. */
public final class TrustlyResponseReader {

    private final SignatureVerifier trustlyVerifier;

    public TrustlyResponseReader(SignatureVerifier trustlyVerifier) {
        this.trustlyVerifier = Objects.requireNonNull(trustlyVerifier, "trustlyVerifier");
    }

    /** The typed result of {@code request} sent with {@code uuid}, or the exception that says why there is none. */
    public <R> R read(TrustlyRequest<R> request, String uuid, HttpReply reply) {
        String method = request.method();
        JsonNode tree = parse(method, uuid, reply);
        SignedPart signed = signedPart(method, uuid, reply, tree);
        if (!signed.verifiedBy(trustlyVerifier)) {
            throw unverifiable(method, uuid, "the signature does not verify with Trustly's key "
                    + PemKeys.fingerprint(trustlyVerifier.publicKey()));
        }
        if (!uuid.equals(signed.uuid())) {
            throw unverifiable(method, uuid, "the response answers uuid " + signed.uuid());
        }
        if (signed.method() != null && !method.equals(signed.method())) {
            throw unverifiable(method, uuid, "the response answers method " + signed.method());
        }
        if (JsonRpc.isError(tree)) {
            throw error(method, uuid, signed.data());
        }
        try {
            return request.readResponse(signed.data());
        } catch (MalformedMessageException e) {
            throw unverifiable(method, uuid, "the verified result has an unexpected shape: " + e.getMessage());
        }
    }

    private static JsonNode parse(String method, String uuid, HttpReply reply) {
        try {
            return JsonRpc.parse(reply.body());
        } catch (MalformedMessageException e) {
            throw unreadable(method, uuid, reply, e.getMessage());
        }
    }

    private static SignedPart signedPart(String method, String uuid, HttpReply reply, JsonNode tree) {
        try {
            return JsonRpc.readResponse(tree);
        } catch (MalformedMessageException e) {
            throw unreadable(method, uuid, reply, e.getMessage());
        }
    }

    /** The code and name are taken from the signed {@code error.error.data}; the outer copies are not signed. */
    private static RuntimeException error(String method, String uuid, JsonNode data) {
        Integer code = data == null ? null : code(data.get("code"));
        JsonNode name = data == null ? null : data.get("message");
        if (code == null || name == null || !name.isTextual()) {
            return unverifiable(method, uuid, "the signed error data has no numeric code and message");
        }
        return ApiErrors.of(method, uuid, code, name.asText());
    }

    private static Integer code(JsonNode code) {
        if (code != null && code.isIntegralNumber() && code.canConvertToInt()) {
            return code.asInt();
        }
        if (code != null && code.isTextual() && code.asText().matches("\\d{1,9}")) {
            return Integer.parseInt(code.asText());
        }
        return null;
    }

    /** A non-2xx status without a JSON-RPC body came from the HTTP layer (a proxy, a gateway), not from Trustly's API. */
    private static RuntimeException unreadable(String method, String uuid, HttpReply reply, String problem) {
        if (!reply.isSuccess()) {
            return new TrustlyTransportException(method, uuid, "HTTP " + reply.status() + " without a JSON-RPC body ("
                    + problem + ")", true, null);
        }
        return unverifiable(method, uuid, "HTTP " + reply.status() + " but " + problem);
    }

    private static TrustlyResponseVerificationException unverifiable(String method, String uuid, String problem) {
        return new TrustlyResponseVerificationException(method, uuid, problem);
    }
}
