package io.paybridge.testkit.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's upload: the whole file, its headers, and the answer whether its body is sized or chunked. */
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

            FileUpload.Answer answer = FileUpload.post(target, file, "text/csv", "Bearer t0ken", Duration.ofSeconds(30));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo("POST /v1/reports?settlementDate=2026-11-20 text/csv Bearer t0ken "
                    + content.length + " " + sha256(content) + " é");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSizedAnswerIsReadAsItIsAndAnythingElseIsRefused() throws IOException {
        FileUpload.Answer answer = FileUpload.parse("HTTP/1.1 422 Unprocessable Entity\r\ncontent-length: 7\r\n\r\n{\"a\":1}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> FileUpload.parse("garbage")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileUpload.parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("last chunk");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
