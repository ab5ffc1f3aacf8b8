package io.paybridge.trustly.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.Credentials;
import io.paybridge.trustly.api.TrustlyRequest;
import io.paybridge.trustly.error.TrustlyException;
import io.paybridge.trustly.error.TrustlyOutcomeUnknownException;
import io.paybridge.trustly.error.TrustlyValidationException;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.Signer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Signs, posts and verifies typed Trustly requests, yielding the typed result, a definite error or outcome unknown. */
public final class TrustlyClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TrustlyClient.class);
    private static final Pattern LOWER_CASE_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JsonRpcTransport transport;
    private final TrustlyClientConfig config;
    private final Credentials credentials;
    private final Signer signer;
    private final TrustlyResponseReader reader;
    private final TrustlyCallObserver observer;

    /** A client posting with the Vert.x WebClient to the configured URL. */
    public TrustlyClient(Vertx vertx, TrustlyClientConfig config) {
        this(vertx, config, TrustlyCallObserver.NONE);
    }

    /** A client posting with the Vert.x WebClient to the configured URL, telling {@code observer} how each call ended. */
    public TrustlyClient(Vertx vertx, TrustlyClientConfig config, TrustlyCallObserver observer) {
        this(new VertxJsonRpcTransport(vertx, config.effectiveApiUrl(), config.connectTimeout(), config.readTimeout()),
                config, observer);
    }

    /** A client over any transport. */
    public TrustlyClient(JsonRpcTransport transport, TrustlyClientConfig config) {
        this(transport, config, TrustlyCallObserver.NONE);
    }

    /** A client over any transport, telling {@code observer} how each call ended. */
    public TrustlyClient(JsonRpcTransport transport, TrustlyClientConfig config, TrustlyCallObserver observer) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.config = Objects.requireNonNull(config, "config");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.credentials = config.credentials();
        this.signer = config.signer();
        this.reader = new TrustlyResponseReader(config.effectiveTrustlyVerifier());
    }

    /** A fresh random UUID in the lower-case form Trustly requires. */
    public static String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** Sends {@code request} with a fresh UUID. */
    public <R> Uni<R> send(TrustlyRequest<R> request) {
        return send(request, newUuid());
    }

    /**
     * Sends {@code request} with the caller's UUID. The same request with the same UUID is the same signed
     * message, so Trustly answers a resend with its first answer instead of acting twice.
     */
    public <R> Uni<R> send(TrustlyRequest<R> request, String uuid) {
        String method = request.method();
        return Uni.createFrom().deferred(() -> {
            TrustlyCallObserver.Call call = observer.started(method);
            long started = System.nanoTime();
            return Uni.createFrom().item(() -> JsonRpc.write(signedRequest(request, uuid)))
                    .onItem().transformToUni(body -> transport.post(body)
                            .onFailure(failure -> !(failure instanceof TrustlyException))
                            .transform(failure -> TransportFailures.of(method, uuid, failure)))
                    .map(reply -> {
                        LOG.debugf("Trustly %s %s answered HTTP %d", method, uuid, reply.status());
                        return reader.read(request, uuid, reply);
                    })
                    .onFailure(TrustlyOutcomeUnknownException.class)
                    .invoke(failure -> LOG.warnf("Trustly outcome unknown: %s", failure.getMessage()))
                    .onItemOrFailure().invoke((result, failure) -> call.completed(Duration.ofNanos(System.nanoTime() - started),
                            failure == null ? TrustlyCallObserver.OK : TrustlyCallObserver.outcomeOf(failure)));
        });
    }

    /** The signed JSON-RPC request exactly as it is posted; it holds the password, so it stays inside the client. */
    ObjectNode signedRequest(TrustlyRequest<?> request, String uuid) {
        if (uuid == null || !LOWER_CASE_UUID.matcher(uuid).matches()) {
            throw new TrustlyValidationException("UUID", "must be a lower-case UUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        }
        ObjectNode data = credentials.dataFor(request);
        requireHttpsOutsideTheSandbox(data);
        return JsonRpc.request(request.method(), uuid, data, signer);
    }

    private void requireHttpsOutsideTheSandbox(ObjectNode data) {
        String notificationUrl = data.path("NotificationURL").asText("");
        if (config.environment() != TrustlyEnvironment.SANDBOX && notificationUrl.startsWith("http:")) {
            throw new TrustlyValidationException("NotificationURL", "must be an absolute https URL");
        }
    }

    @Override
    public void close() {
        if (transport instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debugf("closing the Trustly transport failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public String toString() {
        return "TrustlyClient[" + config + "]";
    }
}
