package io.paybridge.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Trustly settings, under the configuration names every Paybridge service shares (ARCHITECTURE.md). */
@ConfigMapping(prefix = "paybridge.trustly")
public interface TrustlyConfig {

    /** {@code sandbox}, {@code test} or {@code live}: the API URL and the key that verifies Trustly's answers. */
    @WithDefault("sandbox")
    String environment();

    /** Overrides the environment's API URL (required for {@code sandbox}: psp-sandbox's {@code /api/1}). */
    Optional<URI> apiUrl();

    /** A PEM public key that verifies Trustly's answers instead of the environment's published one. */
    Optional<Path> publicKeyFile();

    /** The merchant's PEM private key that signs every request. */
    Optional<Path> privateKeyFile();

    /** The merchant's API user name. */
    Optional<String> username();

    /** The merchant's API password. */
    Optional<String> password();

    /** How long to wait for a connection to Trustly. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long to wait for Trustly's answer before the outcome of a call counts as unknown. */
    @WithDefault("PT10S")
    Duration readTimeout();
}
