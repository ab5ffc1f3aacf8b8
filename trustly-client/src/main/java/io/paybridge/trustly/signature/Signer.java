package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;

/** Produces the Base64 signature of a Trustly message: requests, responses, notifications and their replies. */
public interface Signer {

    /** Signs {@code method + uuid + serialize(data)}. */
    String sign(String method, String uuid, JsonNode data);
}
