package io.paybridge.testkit.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's upload: the whole file, its headers, and a chunked answer. */
class FileUploadTest {

    @TempDir
    Path directory;

    @Test
    void sendsTheWholeFileWithItsHeadersAndReadsTheAnswer() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(5).nextBytes(content);
        Path file = Files.write(directory.resolve("report.csv"), content);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/reports", exchange -> {
            byte[] received;
            try (InputStream body = exchange.getRequestBody()) {
                received = body.readAllBytes();
            }
            String answer = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + received.length + " " + sha256(received)
                    + " é";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, 0); // chunked
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            URI target = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/reports?settlementDate=2026-11-20");

            HttpAnswer answer = FileUpload.post(target, file, "text/csv", "Bearer t0ken", Duration.ofSeconds(30));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.text()).isEqualTo("POST /v1/reports?settlementDate=2026-11-20 text/csv Bearer t0ken "
                    + content.length + " " + sha256(content) + " é");
        } finally {
            server.stop(0);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
