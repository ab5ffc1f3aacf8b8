package io.paybridge.gateway;

import io.opentelemetry.api.trace.Tracer;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.client.TrustlyCallObserver;
import io.paybridge.trustly.client.TrustlyClient;
import io.paybridge.trustly.client.TrustlyClientConfig;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The Trustly client of the service, built once from {@link TrustlyConfig}, its calls measured by {@link PspCallMetrics} and traced by
 * {@link PspCallTracing}.
 * A missing credential or an unreadable key stops the service at start with the setting to fix, never at the first payment.
 */
@Singleton
public class TrustlyClients {

    /** Builds the client at start, so a misconfigured service does not start. */
    void buildAtStart(@Observes StartupEvent start, TrustlyClient client) {
        client.toString();
    }

    @Produces
    @Singleton
    TrustlyClient client(Vertx vertx, TrustlyConfig config, PspCallMetrics metrics, Tracer tracer) {
        TrustlyEnvironment environment = TrustlyEnvironment.of(config.environment());
        String username = config.username().orElseThrow(() -> missing("PAYBRIDGE_TRUSTLY_USERNAME", "the merchant's API user name"));
        String password = config.password().orElseThrow(() -> missing("PAYBRIDGE_TRUSTLY_PASSWORD", "the merchant's API password"));
        RsaSha1Signer signer = new RsaSha1Signer(PemKeys.privateKey(config.privateKeyFile().orElseThrow(
                () -> missing("PAYBRIDGE_TRUSTLY_PRIVATE_KEY_FILE", "the merchant's PEM private key that signs every request"))));
        TrustlyClientConfig clientConfig = TrustlyClientConfig.of(environment, username, password, signer)
                .withTimeouts(config.connectTimeout(), config.readTimeout());
        if (config.apiUrl().isPresent()) {
            clientConfig = clientConfig.withApiUrl(config.apiUrl().get());
        }
        if (config.publicKeyFile().isPresent()) {
            clientConfig = clientConfig.withTrustlyVerifier(new SignatureVerifier(PemKeys.publicKey(config.publicKeyFile().get())));
        }
        PspCallTracing tracing = new PspCallTracing(tracer, clientConfig.effectiveApiUrl());
        return new TrustlyClient(vertx, clientConfig, TrustlyCallObserver.both(metrics, tracing));
    }

    void close(@Disposes TrustlyClient client) {
        client.close();
    }

    private static IllegalStateException missing(String variable, String what) {
        return new IllegalStateException("set " + variable + " to " + what);
    }
}
