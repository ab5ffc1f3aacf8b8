package io.paybridge.trustly.client;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

import java.net.URI;
import java.time.Duration;

/** {@link JsonRpcTransport} over the Vert.x Mutiny WebClient with connect and read (idle) timeouts. */
public final class VertxJsonRpcTransport implements JsonRpcTransport, AutoCloseable {

    private final WebClient client;
    private final String url;
    private final long connectTimeoutMillis;
    private final long readTimeoutMillis;

    public VertxJsonRpcTransport(Vertx vertx, URI url, Duration connectTimeout, Duration readTimeout) {
        this.connectTimeoutMillis = connectTimeout.toMillis();
        this.readTimeoutMillis = readTimeout.toMillis();
        this.url = url.toString();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) connectTimeoutMillis)
                .setUserAgent("paybridge-trustly-client")
                // a redirect would resend the signed request, password included, to another address
                .setFollowRedirects(false));
    }

    @Override
    public Uni<HttpReply> post(byte[] body) {
        return client.postAbs(url)
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json")
                .connectTimeout(connectTimeoutMillis)
                .idleTimeout(readTimeoutMillis)
                .sendBuffer(Buffer.buffer(body))
                .map(response -> {
                    Buffer received = response.bodyAsBuffer();
                    return new HttpReply(response.statusCode(), received == null ? new byte[0] : received.getBytes());
                });
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "VertxJsonRpcTransport[" + url + "]";
    }
}
