package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.SignatureVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON-RPC answer of the sandbox as received: its exact bytes and its tree. */
public record Reply(byte[] bytes, JsonNode tree) {

    static Reply of(byte[] bytes) {
        return new Reply(bytes, JsonRpc.parse(bytes));
    }

    /** The result's data, after checking it is a result whose signature verifies with the sandbox's key. */
    public JsonNode data(SignatureVerifier sandbox) {
        assertThat(JsonRpc.isError(tree)).as("an error: %s", tree).isFalse();
        assertThat(JsonRpc.readResponse(tree).verifiedBy(sandbox)).as("signature of %s", tree).isTrue();
        return tree.get("result").get("data");
    }

    /** The error's code, after checking it is a signed error with the code as message name in both places. */
    public int errorCode(SignatureVerifier sandbox) {
        assertThat(JsonRpc.isError(tree)).as("not an error: %s", tree).isTrue();
        assertThat(JsonRpc.readResponse(tree).verifiedBy(sandbox)).as("signature of %s", tree).isTrue();
        JsonNode error = tree.get("error");
        assertThat(error.get("name").asText()).isEqualTo("JSONRPCError");
        assertThat(error.get("error").get("data").get("code").asInt()).isEqualTo(error.get("code").asInt());
        assertThat(error.get("error").get("data").get("message").asText()).isEqualTo(error.get("message").asText());
        return error.get("code").asInt();
    }

    /** The error's message, e.g. {@code ERROR_INVALID_CREDENTIALS}. */
    public String errorMessage() {
        return tree.get("error").get("message").asText();
    }

    /** The uuid the signed part carries (result or error.error). */
    public String uuid() {
        return JsonRpc.readResponse(tree).uuid();
    }
}
