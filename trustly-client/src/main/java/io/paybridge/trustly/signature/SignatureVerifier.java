package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Verifies a Trustly signature over the JSON tree as received (reference §2.3 rule 7); never pass a
 * re-serialized model here.
 */
public final class SignatureVerifier {

    private final PublicKey publicKey;

    public SignatureVerifier(PublicKey publicKey) {
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    }

    /** A verifier for a PEM public key (SubjectPublicKeyInfo or PKCS#1). */
    public static SignatureVerifier fromPem(String pem) {
        return new SignatureVerifier(PemKeys.publicKey(pem));
    }

    /** True when {@code signature} is a valid Base64 SHA1withRSA signature of {@code method + uuid + serialize(data)}. */
    public boolean verify(String method, String uuid, JsonNode data, String signature) {
        return verifyBytes(Plaintext.bytes(method, uuid, data), signature);
    }

    private boolean verifyBytes(byte[] plaintext, String signature) {
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Only canonical Base64 is accepted, so no two texts denote the same signature (unused padding bits differ)
        if (!Base64.getEncoder().encodeToString(decoded).equals(signature)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(RsaSha1Signer.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(plaintext);
            return verifier.verify(decoded);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new TrustlyKeyException("the public key cannot verify " + RsaSha1Signer.ALGORITHM + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "SignatureVerifier[" + PemKeys.fingerprint(publicKey) + "]";
    }
}
