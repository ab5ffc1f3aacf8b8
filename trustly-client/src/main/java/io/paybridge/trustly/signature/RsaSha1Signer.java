package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/** Signs with RSA PKCS#1 v1.5 over SHA-1 ("SHA1withRSA"), Base64 with padding and no line breaks (reference §2.1). */
public final class RsaSha1Signer implements Signer {

    static final String ALGORITHM = "SHA1withRSA";

    private final PrivateKey privateKey;

    public RsaSha1Signer(PrivateKey privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    /** A signer for a PEM private key (PKCS#1 or PKCS#8). */
    public static RsaSha1Signer fromPem(String pem) {
        return new RsaSha1Signer(PemKeys.privateKey(pem));
    }

    @Override
    public String sign(String method, String uuid, JsonNode data) {
        return signBytes(Plaintext.bytes(method, uuid, data));
    }

    private String signBytes(byte[] plaintext) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(plaintext);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new TrustlyKeyException("the private key cannot sign with " + ALGORITHM + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "RsaSha1Signer[key=<redacted>]";
    }
}
