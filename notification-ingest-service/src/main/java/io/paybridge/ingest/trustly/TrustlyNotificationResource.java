package io.paybridge.ingest.trustly;

import io.paybridge.ingest.http.RemoteAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /notifications/trustly}: Trustly's signed JSON-RPC notifications, answered with a signed reply once stored. */
@Path("/notifications/trustly")
public class TrustlyNotificationResource {

    private final TrustlyIngest ingest;

    public TrustlyNotificationResource(TrustlyIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> notification(byte[] body, @Context HttpServerRequest request) {
        return ingest.ingest(body, RemoteAddress.of(request))
                .map(reply -> Response.ok(reply, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build());
    }
}
