package io.paybridge.sandbox.signing;

import io.paybridge.sandbox.SandboxConfig;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.Signer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Set;

/** The sandbox's own RSA key, playing Trustly's: read from its file, or generated and written there on first start. */
@Startup
@ApplicationScoped
public class SandboxSigningKey {

    private static final Logger LOG = Logger.getLogger(SandboxSigningKey.class);

    private final Signer signer;
    private final String publicKeyPem;

    public SandboxSigningKey(SandboxConfig config) {
        PrivateKey privateKey = loadOrGenerate(config.signingKeyFile().toAbsolutePath());
        this.signer = new RsaSha1Signer(privateKey);
        this.publicKeyPem = PemKeys.toPem(PemKeys.publicKeyOf(privateKey));
    }

    /** Signs responses, errors and notifications. */
    public Signer signer() {
        return signer;
    }

    /** PEM of the public half, which merchants verify the sandbox with. */
    public String publicKeyPem() {
        return publicKeyPem;
    }

    private static PrivateKey loadOrGenerate(Path file) {
        if (Files.exists(file)) {
            PrivateKey key = PemKeys.privateKey(file);
            LOG.infof("signing with the key in %s (%s)", file, PemKeys.fingerprint(PemKeys.publicKeyOf(key)));
            return key;
        }
        KeyPair pair = PemKeys.generate();
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "signing-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(Set.of(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
            Files.writeString(temporary, PemKeys.toPem(pair.getPrivate()));
            // atomic, so a crash never leaves half a key behind
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox signing key cannot be written to " + file, e);
        }
        LOG.infof("generated a signing key in %s (%s)", file, PemKeys.fingerprint(pair.getPublic()));
        return pair.getPrivate();
    }
}
