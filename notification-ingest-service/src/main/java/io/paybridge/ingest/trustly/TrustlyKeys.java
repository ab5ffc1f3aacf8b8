package io.paybridge.ingest.trustly;

import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.NotificationResponder;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.TrustlyKeyException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The keys of the Trustly pipeline, read once at start: Trustly's public key (the configured file, or
 * the environment's published key) and the merchant's private key. A missing or unreadable key stops
 * the service at start with the setting to fix, never at the first notification.
 */
@ApplicationScoped
public class TrustlyKeys {

    /** Reads both keys at start, so a misconfigured service does not start. */
    void readAtStart(@Observes StartupEvent start, NotificationParser parser, NotificationResponder responder) {
        parser.toString();
        responder.toString();
    }

    @Produces
    @Singleton
    NotificationParser parser(TrustlyConfig config) {
        TrustlyEnvironment environment = TrustlyEnvironment.of(config.environment());
        SignatureVerifier verifier = config.publicKeyFile()
                .map(file -> new SignatureVerifier(PemKeys.publicKey(file)))
                .or(environment::publishedVerifier)
                .orElseThrow(() -> new TrustlyKeyException("the " + environment.configName() + " environment has no "
                        + "published Trustly key: set PAYBRIDGE_TRUSTLY_PUBLIC_KEY_FILE to the PEM public key that signs "
                        + "its notifications (for psp-sandbox: GET /sandbox/public-key)"));
        return new NotificationParser(verifier);
    }

    @Produces
    @Singleton
    NotificationResponder responder(TrustlyConfig config) {
        return new NotificationResponder(new RsaSha1Signer(PemKeys.privateKey(config.privateKeyFile().orElseThrow(
                () -> new TrustlyKeyException("set PAYBRIDGE_TRUSTLY_PRIVATE_KEY_FILE to the merchant's PEM private key: "
                        + "it signs the replies to Trustly's notifications")))));
    }
}
