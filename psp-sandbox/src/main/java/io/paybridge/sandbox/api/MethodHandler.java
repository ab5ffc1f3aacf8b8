package io.paybridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;

/**
 * One Trustly API method. {@link #handle} runs inside the call's transaction after authentication and
 * answers the response's {@code data}, or fails with a {@link TrustlyException}; it validates before it
 * changes anything, though a failure rolls the transaction back anyway.
 */
public interface MethodHandler {

    /** The method name as Trustly spells it, e.g. {@code Deposit}. */
    String method();

    /** Validates and executes the call; the result is the signed response's {@code data}. */
    Uni<JsonNode> handle(ApiCall call);
}
