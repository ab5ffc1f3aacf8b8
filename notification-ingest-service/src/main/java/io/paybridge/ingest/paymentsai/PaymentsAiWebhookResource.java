package io.paybridge.ingest.paymentsai;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /webhooks/paymentsai}: PaymentsAI's HMAC-signed JSON webhooks, answered exactly 200 once stored. */
@Path("/webhooks/paymentsai")
public class PaymentsAiWebhookResource {

    private final PaymentsAiIngest ingest;

    public PaymentsAiWebhookResource(PaymentsAiIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> webhook(byte[] body, @HeaderParam(PaymentsAiSignature.HEADER) String signature,
            @Context HttpServerRequest request) {
        return ingest.ingest(signature, body, RemoteAddress.of(request)).map(stored -> Acknowledgement.response());
    }
}
