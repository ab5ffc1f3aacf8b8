package io.paybridge.trustly.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.signature.SignatureVerifier;

/**
 * The signed portion of any Trustly message as received: method, uuid, data (the raw tree) and the
 * Base64 signature. Request envelopes spell the keys {@code Signature/UUID/Data}, everything else
 * lower case; both land here.
 */
public record SignedPart(String method, String uuid, JsonNode data, String signature) {

    /** True when the signature verifies over the data exactly as received. */
    public boolean verifiedBy(SignatureVerifier verifier) {
        return verifier.verify(method, uuid, data, signature);
    }

    @Override
    public String toString() {
        // data may hold credentials or personal data; only ids are shown
        return "SignedPart[method=" + method + ", uuid=" + uuid + "]";
    }
}
