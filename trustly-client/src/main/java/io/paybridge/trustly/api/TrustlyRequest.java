package io.paybridge.trustly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One typed Trustly method call: its name, its Data members (without credentials) and its typed result. */
public interface TrustlyRequest<R> {

    /** The JSON-RPC method name, e.g. {@code Deposit}. */
    String method();

    /** Checks every member; throws {@link io.paybridge.trustly.error.TrustlyValidationException} naming the first bad one. */
    void validate();

    /** The Data members with Trustly's exact key names, rendered as they are (no validation, never throws). */
    ObjectNode render();

    /** Reads {@code result.data} of a verified response; a shape it cannot read is a malformed message. */
    R readResponse(JsonNode data);

    /** The validated Data members. */
    default ObjectNode data() {
        validate();
        return render();
    }
}
