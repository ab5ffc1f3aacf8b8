package io.paybridge.trustly;

import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.signature.TrustlyKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Trustly's API is and which key verifies it: {@code sandbox} is psp-sandbox (its key is served
 * at {@code /sandbox/public-key}), {@code test} and {@code live} are Trustly's with its published keys.
 */
public enum TrustlyEnvironment {

    SANDBOX("http://localhost:8090/api/1", null),
    TEST("https://test.trustly.com/api/1", "trustly-test-public.pem"),
    LIVE("https://api.trustly.com/1", "trustly-live-public.pem");

    private final URI apiUrl;
    private final String publicKeyResource;
    /** The published key's verifier, read and parsed on first use only. */
    private volatile SignatureVerifier publishedVerifier;

    TrustlyEnvironment(String apiUrl, String publicKeyResource) {
        this.apiUrl = URI.create(apiUrl);
        this.publicKeyResource = publicKeyResource;
    }

    /** The configuration name ({@code sandbox}, {@code test}, {@code live}) to an environment. */
    public static TrustlyEnvironment of(String name) {
        for (TrustlyEnvironment environment : values()) {
            if (environment.configName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
                return environment;
            }
        }
        throw new IllegalArgumentException("unknown Trustly environment '" + name + "'; expected sandbox, test or live");
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default API URL of this environment. */
    public URI apiUrl() {
        return apiUrl;
    }

    /** The verifier of Trustly's published key for this environment; empty for the sandbox, whose key is its own. */
    public Optional<SignatureVerifier> publishedVerifier() {
        if (publicKeyResource == null) {
            return Optional.empty();
        }
        SignatureVerifier verifier = publishedVerifier;
        if (verifier == null) {
            verifier = new SignatureVerifier(publishedPublicKey().orElseThrow());
            publishedVerifier = verifier;
        }
        return Optional.of(verifier);
    }

    /** Trustly's published public key for this environment; empty for the sandbox, whose key is its own. */
    public Optional<PublicKey> publishedPublicKey() {
        return publishedPublicKeyPem().map(PemKeys::publicKey);
    }

    /** The PEM text of the published key. */
    public Optional<String> publishedPublicKeyPem() {
        if (publicKeyResource == null) {
            return Optional.empty();
        }
        try (InputStream in = TrustlyEnvironment.class.getResourceAsStream("keys/" + publicKeyResource)) {
            if (in == null) {
                throw new TrustlyKeyException("the bundled key " + publicKeyResource + " is missing from the jar");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new TrustlyKeyException("the bundled key " + publicKeyResource + " cannot be read");
        }
    }
}
