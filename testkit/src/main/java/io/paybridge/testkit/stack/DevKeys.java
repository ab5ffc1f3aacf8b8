package io.paybridge.testkit.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local stack's development RSA key pair in PEM files ({@code private.pem} PKCS#8, mode 600,
 * and {@code public.pem} X.509), generated on first use and reused afterwards.
 */
public final class DevKeys {

    static final String PRIVATE_KEY_FILE = "private.pem";
    static final String PUBLIC_KEY_FILE = "public.pem";

    private static final int KEY_SIZE = 2048;

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private DevKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key pair from the directory, generating it there first if it does not exist. */
    public static DevKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                generate(dir, privateFile, publicFile);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(readPem(privateFile, "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(readPem(publicFile, "PUBLIC KEY")));
            return new DevKeys(privateKey, publicKey);
        } catch (IOException e) {
            throw new StackException("could not read or write the development keys in " + dir + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StackException("the development keys in " + dir + " are not a valid RSA key pair ("
                    + e.getMessage() + "); remove the directory to generate new ones", e);
        }
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    private static void generate(Path dir, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_SIZE);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        Files.deleteIfExists(privateFile);
        Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file.getFileName() + " is not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}
