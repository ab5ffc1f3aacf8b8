package io.paybridge.sandbox.signing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** Serves the PEM of the key the sandbox signs with, which merchants configure as "Trustly's public key". */
@Path("/sandbox/public-key")
public class PublicKeyResource {

    private final SandboxSigningKey key;

    public PublicKeyResource(SandboxSigningKey key) {
        this.key = key;
    }

    @GET
    @Produces("application/x-pem-file")
    public String publicKey() {
        return key.publicKeyPem();
    }
}
