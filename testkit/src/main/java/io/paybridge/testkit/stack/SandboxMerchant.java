package io.paybridge.testkit.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Paybridge's own merchant account at psp-sandbox, user {@value #USERNAME}: a key pair and an API password
 * generated once under {@code .paybridge/merchant/} and reused; its main creates them for {@code ./paybridge up}.
 */
public final class SandboxMerchant {

    /** The username the local stack registers at psp-sandbox for Paybridge. */
    public static final String USERNAME = "paybridge";

    static final String PASSWORD_FILE = "password";
    static final String PSP_PUBLIC_KEY_FILE = "psp-public-key.pem";

    private static final int PASSWORD_BYTES = 24;

    private final Path dir;
    private final DevKeys keys;
    private final String password;

    private SandboxMerchant(Path dir, DevKeys keys, String password) {
        this.dir = dir;
        this.keys = keys;
        this.password = password;
    }

    /** Loads the credentials from {@code dir}, generating whatever is missing there first. */
    public static SandboxMerchant loadOrCreate(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path passwordFile = dir.resolve(PASSWORD_FILE);
            if (!Files.exists(passwordFile)) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                byte[] random = new byte[PASSWORD_BYTES];
                new SecureRandom().nextBytes(random);
                Files.writeString(passwordFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            }
            DevKeys.loadOrCreate(dir);
        } catch (IOException e) {
            throw new StackException("could not write Paybridge's sandbox merchant credentials in " + dir + ": " + e.getMessage(), e);
        }
        return load(dir);
    }

    /** Loads the credentials {@code ./paybridge up} created in {@code dir}. */
    public static SandboxMerchant load(Path dir) {
        Path passwordFile = dir.resolve(PASSWORD_FILE);
        if (!Files.exists(passwordFile) || !Files.exists(dir.resolve(DevKeys.PRIVATE_KEY_FILE))
                || !Files.exists(dir.resolve(DevKeys.PUBLIC_KEY_FILE))) {
            throw new StackException("Paybridge's sandbox merchant credentials are missing in " + dir
                    + "; ./paybridge up creates them");
        }
        try {
            String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
            if (password.isEmpty()) {
                throw new StackException(passwordFile + " is empty; remove " + dir + " (after ./paybridge down) to generate new credentials");
            }
            return new SandboxMerchant(dir, DevKeys.loadOrCreate(dir), password);
        } catch (IOException e) {
            throw new StackException("could not read " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return password;
    }

    public RSAPrivateKey privateKey() {
        return keys.privateKey();
    }

    public RSAPublicKey publicKey() {
        return keys.publicKey();
    }

    /** The PKCS#8 PEM private key that signs Paybridge's API requests and notification replies. */
    public Path privateKeyFile() {
        return dir.resolve(DevKeys.PRIVATE_KEY_FILE);
    }

    /** The PEM public key registered at the sandbox. */
    public Path publicKeyFile() {
        return dir.resolve(DevKeys.PUBLIC_KEY_FILE);
    }

    /** The sandbox's public key, fetched by {@code ./paybridge up}: Paybridge's "Trustly public key" locally. */
    public Path pspPublicKeyFile() {
        return dir.resolve(PSP_PUBLIC_KEY_FILE);
    }

    @Override
    public String toString() {
        return "SandboxMerchant[" + USERNAME + ", " + dir + ", password=<redacted>]";
    }

    public static void main(String[] args) {
        MainRunner.run("sandbox-merchant", () -> {
            Path dir = StackSettings.fromEnvironment().merchantDir();
            loadOrCreate(dir);
            System.out.println("merchant " + USERNAME + ": key pair and API password in " + dir);
        });
    }
}
