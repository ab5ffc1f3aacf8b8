package io.paybridge.trustly.signature;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Our signatures verify with {@code openssl dgst -sha1 -verify}, and openssl's verify with ours, on a key pair made in the test. */
class OpensslInteropTest {

    private static final String METHOD = "Deposit";
    private static final String UUID = "8e0a7b1c-0000-4000-8000-000000000001";
    private static final JsonNode DATA = JsonRpc.parse(("{\"Username\":\"u\",\"Password\":\"p\",\"EndUserID\":\"42\","
            + "\"Attributes\":{\"Firstname\":\"Åsa\",\"Amount\":\"10.00\",\"Lastname\":null}}").getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;
    static KeyPair pair;
    static Path privatePem;
    static Path publicPem;
    static Path plaintext;

    @BeforeAll
    static void keysAndPlaintext() throws IOException {
        assumeTrue(opensslPresent(), "openssl is not on PATH; the interop test needs the openssl command");
        pair = PemKeys.generate();
        privatePem = Files.writeString(dir.resolve("private.pem"), PemKeys.toPem(pair.getPrivate()));
        publicPem = Files.writeString(dir.resolve("public.pem"), PemKeys.toPem(pair.getPublic()));
        plaintext = Files.write(dir.resolve("plaintext.bin"), Plaintext.bytes(METHOD, UUID, DATA));
    }

    @Test
    void opensslVerifiesOurSignature() throws Exception {
        String signature = new RsaSha1Signer(pair.getPrivate()).sign(METHOD, UUID, DATA);
        Path signatureFile = Files.write(dir.resolve("ours.sig"), Base64.getDecoder().decode(signature));

        Result result = openssl("dgst", "-sha1", "-verify", publicPem.toString(), "-signature", signatureFile.toString(),
                plaintext.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verified OK");
    }

    @Test
    void opensslRejectsOurSignatureOverOtherData() throws Exception {
        String signature = new RsaSha1Signer(pair.getPrivate()).sign(METHOD, UUID, DATA);
        Path signatureFile = Files.write(dir.resolve("ours-other.sig"), Base64.getDecoder().decode(signature));
        Path other = Files.write(dir.resolve("other.bin"), Plaintext.bytes("Refund", UUID, DATA));

        Result result = openssl("dgst", "-sha1", "-verify", publicPem.toString(), "-signature", signatureFile.toString(),
                other.toString());

        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void weVerifyOpensslsSignature() throws Exception {
        Path signatureFile = dir.resolve("openssl.sig");
        Result result = openssl("dgst", "-sha1", "-sign", privatePem.toString(), "-out", signatureFile.toString(),
                plaintext.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        String signature = Base64.getEncoder().encodeToString(Files.readAllBytes(signatureFile));

        var verifier = new SignatureVerifier(pair.getPublic());
        assertThat(verifier.verify(METHOD, UUID, DATA, signature)).isTrue();
        assertThat(verifier.verify(METHOD, UUID, JsonRpc.parse("{\"Username\":\"u\"}".getBytes(StandardCharsets.UTF_8)), signature))
                .isFalse();
        // RSA PKCS#1 v1.5 is deterministic: both sides produce the same bytes
        assertThat(new RsaSha1Signer(pair.getPrivate()).sign(METHOD, UUID, DATA)).isEqualTo(signature);
    }

    @Test
    void readsOpensslsPkcs1AndPkcs8PrivateKeysAndPkcs1PublicKeys() throws Exception {
        Path pkcs1 = dir.resolve("pkcs1.pem");
        Path pkcs8 = dir.resolve("pkcs8.pem");
        Path rsaPublic = dir.resolve("rsa-public.pem");
        assertThat(openssl("genrsa", "-traditional", "-out", pkcs1.toString(), "2048").exitCode()).isZero();
        assertThat(openssl("pkcs8", "-topk8", "-nocrypt", "-in", pkcs1.toString(), "-out", pkcs8.toString()).exitCode()).isZero();
        assertThat(openssl("rsa", "-in", pkcs1.toString(), "-RSAPublicKey_out", "-out", rsaPublic.toString()).exitCode()).isZero();
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Files.readString(pkcs8)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(rsaPublic)).startsWith("-----BEGIN RSA PUBLIC KEY-----");

        var fromPkcs1 = RsaSha1Signer.fromPem(Files.readString(pkcs1));
        var fromPkcs8 = RsaSha1Signer.fromPem(Files.readString(pkcs8));
        String signature = fromPkcs1.sign(METHOD, UUID, DATA);

        assertThat(fromPkcs8.sign(METHOD, UUID, DATA)).isEqualTo(signature);
        assertThat(SignatureVerifier.fromPem(Files.readString(rsaPublic)).verify(METHOD, UUID, DATA, signature)).isTrue();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean opensslPresent() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
