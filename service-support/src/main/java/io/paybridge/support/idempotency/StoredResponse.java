package io.paybridge.support.idempotency;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The response of a completed idempotent request, as stored and as replayed. */
public record StoredResponse(int status, String contentType, String location, String body) {

    /** The HTTP response to send, identical for the first call and every replay. */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status);
        if (body != null) {
            response.entity(body).type(contentType);
        }
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.build();
    }
}
