package io.paybridge.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: the body of every error response. {@code type} is stable per cause
 * and machine-readable; {@code errors} names each offending field or parameter.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<InvalidParam> errors) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem without field errors. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of());
    }

    /** A problem naming the fields or parameters at fault. */
    public static Problem of(ProblemType type, String detail, List<InvalidParam> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }

    /** One offending field ({@code endUser.email}), query parameter ({@code count}) or header ({@code Idempotency-Key}). */
    public record InvalidParam(String name, String reason) {}
}
