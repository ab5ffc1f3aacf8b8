package io.paybridge.sandbox.merchant;

import io.paybridge.sandbox.SandboxConfig;
import io.paybridge.trustly.signature.TrustlyKeyException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/** Registers the merchants of {@code paybridge.sandbox.merchants.*} at start. */
@ApplicationScoped
public class ConfiguredMerchants {

    private final SandboxConfig config;
    private final Merchants merchants;

    public ConfiguredMerchants(SandboxConfig config, Merchants merchants) {
        this.config = config;
        this.merchants = merchants;
    }

    void register(@Observes StartupEvent startup) throws Throwable {
        for (Map.Entry<String, SandboxConfig.MerchantSettings> entry : config.merchants().entrySet()) {
            var settings = entry.getValue();
            var registration = new MerchantRegistration(entry.getKey(), settings.password(), publicKeyPem(entry.getKey(), settings),
                    settings.notificationUrlPrefix(), settings.payoutConfirmations(), settings.manualWithdrawalApproval());
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> merchants.register(registration)));
        }
    }

    private static String publicKeyPem(String username, SandboxConfig.MerchantSettings settings) {
        if (settings.publicKeyPem().isPresent()) {
            return settings.publicKeyPem().get();
        }
        var file = settings.publicKeyFile().orElseThrow(() -> new TrustlyKeyException(
                "merchant " + username + " needs public-key-pem or public-key-file"));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new TrustlyKeyException("the public key file of merchant " + username + " cannot be read: " + file);
        }
    }
}
