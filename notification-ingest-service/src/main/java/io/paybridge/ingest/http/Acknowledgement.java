package io.paybridge.ingest.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a stored webhook: exactly HTTP 200 with a tiny JSON body (never 201 or 204, which
 * some PSPs treat as a failed delivery), the same for a first delivery and for a repeat.
 *
 * @param received always true: the callback is stored
 */
public record Acknowledgement(boolean received) {

    private static final Acknowledgement RECEIVED = new Acknowledgement(true);

    /** The 200 response acknowledging a stored callback. */
    public static Response response() {
        return Response.ok(RECEIVED, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
