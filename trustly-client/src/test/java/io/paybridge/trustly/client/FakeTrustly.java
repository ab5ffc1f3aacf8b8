package io.paybridge.trustly.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.TestKeys;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import io.vertx.mutiny.core.http.HttpServerResponse;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** A real local HTTP server playing Trustly: records each request and answers as the test says. */
final class FakeTrustly implements AutoCloseable {

    /** What arrived: the content type, the raw body and its signed part. */
    record Received(String contentType, byte[] body, SignedPart request) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile BiConsumer<SignedPart, HttpServerResponse> answer = (request, response) -> { };

    FakeTrustly(Vertx vertx) {
        server = vertx.createHttpServer().requestHandler(this::handle).listenAndAwait(0, "127.0.0.1");
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/api/1");
    }

    List<Received> received() {
        return received;
    }

    /** Answers each request as {@code answer} says. */
    void answer(BiConsumer<SignedPart, HttpServerResponse> answer) {
        this.answer = answer;
    }

    /** Answers with a result signed by Trustly's key for the request's own method and uuid. */
    void answerResult(JsonNode data) {
        answer((request, response) -> json(response, 200,
                JsonRpc.result(request.method(), request.uuid(), data, TestKeys.signer(TestKeys.TRUSTLY))));
    }

    /** Answers nothing at all: the connection stays open and silent. */
    void neverAnswer() {
        answer((request, response) -> { });
    }

    static void json(HttpServerResponse response, int status, JsonNode body) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .endAndForget(Buffer.buffer(JsonRpc.write(body)));
    }

    private void handle(HttpServerRequest request) {
        request.body().subscribe().with(buffer -> {
            byte[] body = buffer.getBytes();
            SignedPart signed = JsonRpc.readRequest(JsonRpc.parse(body));
            received.add(new Received(request.getHeader("Content-Type"), body, signed));
            answer.accept(signed, request.response());
        });
    }

    @Override
    public void close() {
        server.closeAndAwait();
    }
}
