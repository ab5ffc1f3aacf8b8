package io.paybridge.sandbox.api;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The API methods the sandbox implements, by name; method names are case-sensitive as in Trustly. */
@ApplicationScoped
public class MethodHandlers {

    private final Map<String, MethodHandler> byName;

    public MethodHandlers(@All List<MethodHandler> handlers) {
        this.byName = handlers.stream().collect(Collectors.toUnmodifiableMap(MethodHandler::method, Function.identity()));
    }

    public Optional<MethodHandler> find(String method) {
        return Optional.ofNullable(byName.get(method));
    }
}
