package io.paybridge.payout.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request and response bodies as JSON with the application's mapper: the bytes an Idempotency-Key request is
 * hashed over (the parsed request written again, so whitespace and member order do not count) and the text of a
 * stored response.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The canonical bytes of a parsed request body. */
    public byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body always serializes", e);
        }
    }

    /** The JSON text of a response body. */
    public String text(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response body always serializes", e);
        }
    }
}
