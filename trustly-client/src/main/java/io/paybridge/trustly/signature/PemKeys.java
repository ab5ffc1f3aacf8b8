package io.paybridge.trustly.signature;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.HexFormat;

/** Reads and writes RSA keys in PEM: private keys as PKCS#1 or PKCS#8, public keys as SubjectPublicKeyInfo or PKCS#1. */
public final class PemKeys {

    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter();

    private PemKeys() {
    }

    /** Reads a private key from PEM ({@code RSA PRIVATE KEY} or {@code PRIVATE KEY}). */
    public static PrivateKey privateKey(String pem) {
        Object parsed = parse(pem, "private key");
        try {
            if (parsed instanceof PEMKeyPair pair) {
                return CONVERTER.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (parsed instanceof PrivateKeyInfo info) {
                return CONVERTER.getPrivateKey(info);
            }
        } catch (IOException e) {
            throw new TrustlyKeyException("the PEM private key is not a valid RSA key");
        }
        throw new TrustlyKeyException("the PEM text is not an unencrypted private key (expected RSA PRIVATE KEY or PRIVATE KEY)");
    }

    /** Reads a public key from PEM ({@code PUBLIC KEY} or {@code RSA PUBLIC KEY}). */
    public static PublicKey publicKey(String pem) {
        Object parsed = parse(pem, "public key");
        try {
            if (parsed instanceof SubjectPublicKeyInfo info) {
                return CONVERTER.getPublicKey(info);
            }
            if (parsed instanceof org.bouncycastle.asn1.pkcs.RSAPublicKey rsa) {
                var spec = new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent());
                return java.security.KeyFactory.getInstance("RSA").generatePublic(spec);
            }
            if (parsed instanceof PEMKeyPair pair) {
                return CONVERTER.getPublicKey(pair.getPublicKeyInfo());
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new TrustlyKeyException("the PEM public key is not a valid RSA key");
        }
        throw new TrustlyKeyException("the PEM text is not a public key (expected PUBLIC KEY or RSA PUBLIC KEY)");
    }

    /** Reads a private key from a PEM file. */
    public static PrivateKey privateKey(Path file) {
        return privateKey(read(file));
    }

    /** Reads a public key from a PEM file. */
    public static PublicKey publicKey(Path file) {
        return publicKey(read(file));
    }

    /** The public half of an RSA private key. */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new TrustlyKeyException("the private key does not carry its public exponent");
        }
        try {
            var spec = new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent());
            return java.security.KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (java.security.GeneralSecurityException e) {
            throw new TrustlyKeyException("the public key cannot be derived from the private key");
        }
    }

    /** A fresh 2048-bit RSA key pair, the size Trustly uses. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM text of a key: SubjectPublicKeyInfo for public keys, PKCS#8 for private keys. */
    public static String toPem(java.security.Key key) {
        var out = new StringWriter();
        try (var writer = new JcaPEMWriter(out)) {
            if (key instanceof PrivateKey privateKey) {
                writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(privateKey, null));
            } else {
                writer.writeObject(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex: how keys are named in logs instead of their bytes. */
    public static String fingerprint(PublicKey key) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String pem, String what) {
        if (pem == null || pem.isBlank()) {
            throw new TrustlyKeyException("no PEM " + what + " was given");
        }
        try (var parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new TrustlyKeyException("the text is not PEM (no -----BEGIN line found) for the " + what);
            }
            return parsed;
        } catch (TrustlyKeyException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // BouncyCastle throws unchecked DecoderExceptions for bad Base64; neither kind carries key text onwards
            throw new TrustlyKeyException("the PEM " + what + " cannot be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new TrustlyKeyException("the key file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
