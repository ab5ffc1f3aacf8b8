package io.paybridge.sandbox.faults;

import java.util.Set;

/**
 * Faults of the JSON-RPC API: every call waits {@code latencyMs}; the next {@code errorsAfterExecuting}
 * calls are executed and then answered with a signed 620 ERROR_UNKNOWN; the next
 * {@code dropsAfterExecuting} calls are executed and then the connection is closed without an answer.
 * {@code methods} limits the last two to those API methods (empty: all).
 */
public record ApiFaults(long latencyMs, int errorsAfterExecuting, int dropsAfterExecuting, Set<String> methods) {

    public static final ApiFaults NONE = new ApiFaults(0, 0, 0, Set.of());

    public ApiFaults {
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }

    /** True when the after-executing faults apply to {@code method}. */
    public boolean appliesTo(String method) {
        return methods.isEmpty() || methods.contains(method);
    }
}
