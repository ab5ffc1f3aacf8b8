package io.paybridge.trustly.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.signature.Signer;

import java.io.IOException;

/**
 * Builds and reads Trustly's JSON-RPC 1.1 envelopes (reference §1): requests, results, errors,
 * notifications and notification replies. Reading keeps the data tree exactly as received so
 * that signatures are verified over it.
 */
public final class JsonRpc {

    /** The protocol version Trustly answers with. */
    public static final String VERSION = "1.1";

    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonRpc() {
    }

    /** The mapper used for every Trustly message. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses bytes into a tree; a body that is not JSON is reported as malformed. */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedMessageException("the body is empty");
            }
            return tree;
        } catch (IOException e) {
            throw new MalformedMessageException("the body is not valid JSON");
        }
    }

    /** Serializes a tree to UTF-8 JSON. */
    public static byte[] write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree cannot be written", e);
        }
    }

    /** A signed request: {@code {"method","params":{"Signature","UUID","Data"},"version":"1.1"}}. */
    public static ObjectNode request(String method, String uuid, ObjectNode data, Signer signer) {
        ObjectNode params = NODES.objectNode();
        params.put("Signature", signer.sign(method, uuid, data));
        params.put("UUID", uuid);
        params.set("Data", data);
        return envelope().put("method", method).<ObjectNode>set("params", params);
    }

    /** A signed success response: {@code {"result":{"signature","uuid","method","data"},"version":"1.1"}}. */
    public static ObjectNode result(String method, String uuid, JsonNode data, Signer signer) {
        return envelope().set("result", signedLowerCase(method, uuid, data, signer));
    }

    /** A signed error response; the signature covers {@code method + uuid + serialize({"code","message"})}. */
    public static ObjectNode error(String method, String uuid, int code, String message, Signer signer) {
        ObjectNode data = NODES.objectNode().put("code", code).put("message", message);
        ObjectNode error = NODES.objectNode()
                .put("name", "JSONRPCError")
                .put("code", code)
                .put("message", message);
        error.set("error", signedLowerCase(method, uuid, data, signer));
        return envelope().set("error", error);
    }

    /** A signed notification: {@code {"method","params":{"signature","uuid","data"},"version":"1.1"}}. */
    public static ObjectNode notification(String method, String uuid, ObjectNode data, Signer signer) {
        ObjectNode params = NODES.objectNode();
        params.put("signature", signer.sign(method, uuid, data));
        params.put("uuid", uuid);
        params.set("data", data);
        return envelope().put("method", method).<ObjectNode>set("params", params);
    }

    /** The merchant's signed reply to a notification, {@code data = {"status": status}}. */
    public static ObjectNode notificationReply(String method, String uuid, String status, Signer signer) {
        return result(method, uuid, NODES.objectNode().put("status", status), signer);
    }

    /** The signed part of a request, from {@code method} and {@code params.Signature/UUID/Data}. */
    public static SignedPart readRequest(JsonNode tree) {
        JsonNode params = requireObject(tree, "params");
        requireVersion(tree);
        return new SignedPart(requireText(tree, "method"), text(params, "UUID"), requireObject(params, "Data"),
                text(params, "Signature"));
    }

    /** The signed part of a notification, from {@code method} and {@code params.signature/uuid/data}. */
    public static SignedPart readNotification(JsonNode tree) {
        JsonNode params = requireObject(tree, "params");
        requireVersion(tree);
        JsonNode data = params.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedMessageException("params.data must be an object");
        }
        return new SignedPart(requireText(tree, "method"), text(params, "uuid"), data, text(params, "signature"));
    }

    /** The signed part of a response: {@code result}, or {@code error.error} for errors. */
    public static SignedPart readResponse(JsonNode tree) {
        if (hasResult(tree)) {
            return readLowerCase(tree.get("result"), "result");
        }
        JsonNode error = tree.get("error");
        if (error != null && error.isObject() && error.hasNonNull("error") && error.get("error").isObject()) {
            return readLowerCase(error.get("error"), "error.error");
        }
        throw new MalformedMessageException("the response has neither a result object nor an error.error object");
    }

    /** True when the response is an error envelope: by the same rule {@link #readResponse} picks its signed part. */
    public static boolean isError(JsonNode tree) {
        return !hasResult(tree) && tree.hasNonNull("error");
    }

    private static boolean hasResult(JsonNode tree) {
        return tree.hasNonNull("result") && tree.get("result").isObject();
    }

    private static SignedPart readLowerCase(JsonNode node, String where) {
        if (!node.has("data")) {
            throw new MalformedMessageException(where + ".data is missing");
        }
        return new SignedPart(text(node, "method"), text(node, "uuid"), node.get("data"), text(node, "signature"));
    }

    private static ObjectNode signedLowerCase(String method, String uuid, JsonNode data, Signer signer) {
        ObjectNode signed = NODES.objectNode();
        signed.put("signature", signer.sign(method, uuid, data));
        signed.put("uuid", uuid);
        signed.put("method", method);
        signed.set("data", data);
        return signed;
    }

    private static ObjectNode envelope() {
        return NODES.objectNode().put("version", VERSION);
    }

    private static void requireVersion(JsonNode tree) {
        JsonNode version = tree.get("version");
        // Trustly's own Java client sends the number 1.1, the docs the string "1.1": both are accepted
        if (version == null || !(version.isTextual() || version.isNumber()) || !"1.1".equals(version.asText())) {
            throw new MalformedMessageException("version must be \"1.1\" (string or number)");
        }
    }

    private static JsonNode requireObject(JsonNode tree, String name) {
        JsonNode node = tree.get(name);
        if (node == null || !node.isObject()) {
            throw new MalformedMessageException(name + " must be an object");
        }
        return node;
    }

    private static String requireText(JsonNode tree, String name) {
        JsonNode node = tree.get(name);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new MalformedMessageException(name + " must be a non-empty string");
        }
        return node.asText();
    }

    private static String text(JsonNode tree, String name) {
        JsonNode node = tree.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }
}
