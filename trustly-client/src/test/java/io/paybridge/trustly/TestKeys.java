package io.paybridge.trustly;

import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.RsaSha1Signer;
import io.paybridge.trustly.signature.SignatureVerifier;

import java.security.KeyPair;

/** Key pairs generated once per test JVM: one playing Trustly, one playing the merchant, one nobody trusts. */
public final class TestKeys {

    public static final KeyPair TRUSTLY = PemKeys.generate();
    public static final KeyPair MERCHANT = PemKeys.generate();
    public static final KeyPair STRANGER = PemKeys.generate();

    private TestKeys() {
    }

    public static RsaSha1Signer signer(KeyPair pair) {
        return new RsaSha1Signer(pair.getPrivate());
    }

    public static SignatureVerifier verifier(KeyPair pair) {
        return new SignatureVerifier(pair.getPublic());
    }
}
