package io.paybridge.sandbox.api;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/1}: Trustly's JSON-RPC endpoint. Every answer is HTTP 200 with a signed JSON-RPC body, as Trustly's. */
@Path("/api/1")
public class ApiResource {

    static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private final ApiService api;

    public ApiResource(ApiService api) {
        this.api = api;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> call(byte[] body, @Context HttpServerRequest request) {
        return api.answer(body == null ? new byte[0] : body).map(answer -> {
            if (answer.dropConnection()) {
                // the call has been executed and committed; the merchant must not learn its outcome
                request.connection().close();
                return Response.noContent().build();
            }
            return Response.ok(answer.body(), JSON_UTF8).build();
        });
    }
}
