package io.paybridge.ingest.trustly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Trustly settings, under the configuration names every Paybridge service shares (ARCHITECTURE.md). */
@ConfigMapping(prefix = "paybridge.trustly")
public interface TrustlyConfig {

    /** {@code sandbox}, {@code test} or {@code live}: picks Trustly's public key ({@code test}, {@code live}). */
    @WithDefault("sandbox")
    String environment();

    /** A PEM public key that verifies notifications instead of the environment's published one (required for {@code sandbox}). */
    Optional<Path> publicKeyFile();

    /** The merchant's PEM private key that signs the replies to notifications. */
    Optional<Path> privateKeyFile();
}
