package io.paybridge.ingest.trustlyna;

import io.paybridge.ingest.http.Acknowledgement;
import io.paybridge.ingest.http.RemoteAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /notifications/trustly-na}: Trustly North America's form-encoded webhooks, answered 200 once stored. */
@Path("/notifications/trustly-na")
public class TrustlyNaWebhookResource {

    private final TrustlyNaIngest ingest;

    public TrustlyNaWebhookResource(TrustlyNaIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> webhook(byte[] body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return ingest.ingest(authorization, body, RemoteAddress.of(request)).map(stored -> Acknowledgement.response());
    }
}
