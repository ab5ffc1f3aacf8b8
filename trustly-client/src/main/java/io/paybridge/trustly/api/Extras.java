package io.paybridge.trustly.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attributes Trustly added after this client was written, passed through as name/value text. */
public final class Extras {

    private Extras() {
    }

    /** An unmodifiable copy that keeps insertion order; null becomes empty. */
    public static Map<String, String> copy(Map<String, String> extra) {
        return extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
