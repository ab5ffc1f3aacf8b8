package io.paybridge.sandbox.notification;

import io.paybridge.sandbox.signing.SandboxSigningKey;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one signed notification to its URL and judges the reply. The envelope is signed again at
 * every attempt with the same uuid and data (RSA PKCS#1 v1.5 is deterministic, so every copy is
 * byte-for-byte the same). Never fails: transport errors become outcomes.
 */
@ApplicationScoped
public class NotificationSender {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final WebClient client;
    private final SandboxSigningKey key;
    private final long readTimeoutMillis;

    public NotificationSender(Vertx vertx, SandboxSigningKey key, NotificationConfig config) {
        // a connection per attempt: a pooled connection the merchant dropped meanwhile would fail an attempt for nothing
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setKeepAlive(false)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("psp-sandbox"));
        this.key = key;
        this.readTimeoutMillis = config.readTimeout().toMillis();
    }

    /** The signed JSON-RPC notification as sent. */
    Buffer envelope(Notification notification) {
        return Buffer.buffer(JsonRpc.write(JsonRpc.notification(notification.method, notification.uuid.toString(),
                notification.data, key.signer())));
    }

    /** Sends {@code body} to the notification's URL and judges the answer with the merchant's key. */
    Uni<DeliveryOutcome> send(Notification notification, Buffer body, SignatureVerifier merchantKey) {
        Instant at = Instant.now();
        return Uni.createFrom().deferred(() -> client.postAbs(notification.url)
                        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), CONTENT_TYPE)
                        .timeout(readTimeoutMillis)
                        .sendBuffer(body))
                .map(response -> ReplyCheck.judge(notification, merchantKey, at, response.statusCode(),
                        response.body() == null ? new byte[0] : response.body().getBytes()))
                .onFailure().recoverWithItem(failure -> DeliveryOutcome.transportFailure(at, describe(failure)));
    }

    /** A transport failure in words fit for the log: no stack and no message, which may hold the URL (a secret path). */
    private static String describe(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        if (failure instanceof TimeoutException || name.contains("Timeout")) {
            return "timeout";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof HttpClosedException) {
            return "connection closed without an answer";
        }
        if (failure instanceof IllegalArgumentException) {
            return "invalid notification URL";
        }
        return name;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
