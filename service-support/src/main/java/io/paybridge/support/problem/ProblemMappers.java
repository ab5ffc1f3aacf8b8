package io.paybridge.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every failure that reaches a REST resource with problem+json: domain problems as they
 * are, validation and body errors naming the field, HTTP errors by status, and anything else as a
 * 500 whose body holds only an error id (the cause goes to the log, never to the caller).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final Map<Integer, ProblemType> BY_STATUS = Map.of(
            400, ProblemType.VALIDATION,
            401, ProblemType.UNAUTHORIZED,
            403, ProblemType.FORBIDDEN,
            404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED,
            406, ProblemType.NOT_ACCEPTABLE,
            413, ProblemType.PAYLOAD_TOO_LARGE,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            503, ProblemType.UNAVAILABLE);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.of(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e);
        }
        List<Problem.InvalidParam> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidParam(name(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name).thenComparing(Problem.InvalidParam::reason))
                .toList();
        String detail = errors.stream().map(error -> error.name() + " " + error.reason()).collect(Collectors.joining("; "));
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, detail, errors));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = jsonPath(e);
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid) {
            reason = "must be " + describe(invalid.getTargetType());
        } else {
            reason = "must be " + describe(e.getTargetType());
        }
        String name = field.isEmpty() ? "body" : field;
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY, name + " " + reason,
                List.of(new Problem.InvalidParam(name, reason))));
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY, "the body is not well-formed JSON" + where));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String name = jsonPath(mapping);
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY, name + " has an invalid value",
                    List.of(new Problem.InvalidParam(name, "has an invalid value"))));
        }
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_BODY, "the body could not be read"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // The JSON reader reports a body it cannot read as a plain 400 wrapping Jackson's exception.
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        if (e.getCause() instanceof StreamReadException malformed) {
            return malformedJson(malformed);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        ProblemType type = BY_STATUS.getOrDefault(status, ProblemType.of("http-" + status,
                e.getResponse().getStatusInfo().getReasonPhrase(), status));
        Problem problem = Problem.of(type, type.title());
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        // Keep what the client needs to correct itself, such as Allow on a 405.
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unhandled error %s", errorId);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "An unexpected error occurred; quote error id " + errorId + " to the operators."));
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code create.request.endUser.email} → {@code endUser.email}; a violated parameter keeps its own name. */
    static String name(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!name.isEmpty()) {
                            name.append('.');
                        }
                        name.append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        name.append('[').append(node.getKey()).append(']');
                    }
                }
                default -> { }
            }
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A type as a caller understands it: never a Java class name. */
    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "a date or time in ISO 8601";
        }
        return "an object";
    }
}
