package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.sandbox.signing.SandboxSigningKey;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes signed JSON-RPC results and errors as the bytes that go on the wire (and into the replay store). */
@ApplicationScoped
public class SignedAnswers {

    private final SandboxSigningKey key;

    public SignedAnswers(SandboxSigningKey key) {
        this.key = key;
    }

    public byte[] result(String method, String uuid, JsonNode data) {
        return JsonRpc.write(JsonRpc.result(method, uuid, data, key.signer()));
    }

    /** An error; {@code method} and {@code uuid} are null when the request was not readable JSON-RPC. */
    public byte[] error(String method, String uuid, TrustlyError error) {
        return JsonRpc.write(JsonRpc.error(method, uuid, error.code(), error.message(), key.signer()));
    }
}
