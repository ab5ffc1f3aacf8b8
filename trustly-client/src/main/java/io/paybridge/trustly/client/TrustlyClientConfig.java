package io.paybridge.trustly.client;

import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.api.Credentials;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.Signer;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** How a {@link TrustlyClient} reaches Trustly: environment, overrides, credentials, signer, timeouts; never printed. */
public record TrustlyClientConfig(TrustlyEnvironment environment, URI apiUrl, String username, String password,
        Signer signer, SignatureVerifier trustlyVerifier, Duration connectTimeout, Duration readTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public TrustlyClientConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(signer, "signer");
        // the same rules as the credentials that are sent: a username, a password
        new Credentials(username, password);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** The environment's URL and published key, default timeouts. */
    public static TrustlyClientConfig of(TrustlyEnvironment environment, String username, String password, Signer signer) {
        return new TrustlyClientConfig(environment, null, username, password, signer, null, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT);
    }

    public TrustlyClientConfig withApiUrl(URI url) {
        return new TrustlyClientConfig(environment, url, username, password, signer, trustlyVerifier, connectTimeout,
                readTimeout);
    }

    public TrustlyClientConfig withTrustlyVerifier(SignatureVerifier verifier) {
        return new TrustlyClientConfig(environment, apiUrl, username, password, signer, verifier, connectTimeout,
                readTimeout);
    }

    public TrustlyClientConfig withTimeouts(Duration connect, Duration read) {
        return new TrustlyClientConfig(environment, apiUrl, username, password, signer, trustlyVerifier, connect, read);
    }

    /** The override, or the environment's URL. */
    public URI effectiveApiUrl() {
        return apiUrl != null ? apiUrl : environment.apiUrl();
    }

    /** The override, or the environment's published Trustly key. */
    public SignatureVerifier effectiveTrustlyVerifier() {
        if (trustlyVerifier != null) {
            return trustlyVerifier;
        }
        return environment.publishedVerifier().orElseThrow(() -> new IllegalStateException(
                "the " + environment.configName() + " environment has no published Trustly key; configure its verifier"));
    }

    public Credentials credentials() {
        return new Credentials(username, password);
    }

    @Override
    public String toString() {
        return "TrustlyClientConfig[environment=" + environment.configName() + ", apiUrl=" + effectiveApiUrl()
                + ", username=" + username + ", password=<redacted>, signer=" + signer + ", trustlyVerifier="
                + trustlyVerifier + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requirePositive(Duration timeout, String name) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
