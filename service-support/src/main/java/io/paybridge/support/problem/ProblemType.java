package io.paybridge.support.problem;

import java.net.URI;
import java.util.Objects;

/**
 * A kind of problem: its stable {@code type} URI, its short human title and its HTTP status.
 * Each domain declares its own types next to its exceptions; the common ones are here.
 */
public record ProblemType(URI uri, String title, int status) {

    /** A request body, parameter or header failed validation. */
    public static final ProblemType VALIDATION = of("validation", "Invalid request", 400);
    /** A body that is not well-formed JSON or does not fit the expected shape. */
    public static final ProblemType MALFORMED_BODY = of("malformed-body", "Malformed request body", 400);
    /** The mutating call carries no usable {@code Idempotency-Key}. */
    public static final ProblemType IDEMPOTENCY_KEY_MISSING = of("idempotency-key-missing", "Idempotency-Key required", 400);
    /** The key was used before with a different request. */
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused", "Idempotency-Key reused with a different request", 422);
    /** The first request with this key is still being processed. */
    public static final ProblemType IDEMPOTENCY_KEY_IN_FLIGHT = of("idempotency-key-in-flight", "Request with this Idempotency-Key in progress", 409);
    public static final ProblemType UNAUTHORIZED = of("unauthorized", "Authentication required", 401);
    public static final ProblemType FORBIDDEN = of("forbidden", "Not allowed", 403);
    public static final ProblemType NOT_FOUND = of("not-found", "Not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "Not acceptable", 406);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "Payload too large", 413);
    /** Anything unforeseen; the detail carries an error id to find the log line, never the cause. */
    public static final ProblemType INTERNAL = of("internal", "Internal error", 500);
    public static final ProblemType UNAVAILABLE = of("unavailable", "Service unavailable", 503);

    private static final String PREFIX = "urn:paybridge:problem:";

    public ProblemType {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
    }

    /** A type named {@code urn:paybridge:problem:<slug>}. */
    public static ProblemType of(String slug, String title, int status) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem slugs are lower-case words joined by '-': " + slug);
        }
        return new ProblemType(URI.create(PREFIX + slug), title, status);
    }
}
