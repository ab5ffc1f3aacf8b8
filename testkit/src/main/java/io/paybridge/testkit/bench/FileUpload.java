package io.paybridge.testkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * POSTs a file over one plain HTTP/1.1 connection, its bytes handed to the kernel ({@link FileChannel#transferTo},
 * sendfile) as curl's {@code --data-binary @file} would send them. The benchmark shares two cores with the service it
 * measures: {@code java.net.http.HttpClient} spent half a core pushing 150 MB through its publishers (and, for an
 * {@code http:} URI, first offers an upgrade to HTTP/2), CPU the service then did not have.
 */
final class FileUpload {

    /** The answer: status code and body (UTF-8). */
    record Answer(int status, String body) {
    }

    private FileUpload() {
    }

    /** Sends {@code file} as the body of {@code POST target}; answers once the whole response has arrived. */
    static Answer post(URI target, Path file, String contentType, String authorization, Duration timeout) throws IOException {
        try (SocketChannel socket = SocketChannel.open(new InetSocketAddress(target.getHost(), target.getPort()));
             FileChannel body = FileChannel.open(file, StandardOpenOption.READ)) {
            socket.socket().setSoTimeout(Math.toIntExact(timeout.toMillis()));
            String head = "POST " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + body.size() + "\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Connection: close\r\n\r\n";
            socket.write(StandardCharsets.US_ASCII.encode(head));
            for (long sent = 0; sent < body.size(); ) {
                sent += body.transferTo(sent, body.size() - sent, socket);
            }
            // the service closes the connection after its answer (Connection: close): read to the end
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try (InputStream in = socket.socket().getInputStream()) {
                in.transferTo(response);
            }
            return parse(response.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** Status line, headers and body of a complete HTTP/1.1 response; a chunked body is reassembled. */
    static Answer parse(String response) throws IOException {
        int headEnd = response.indexOf("\r\n\r\n");
        if (!response.startsWith("HTTP/1.1 ") || headEnd < 0) {
            throw new IOException("not an HTTP/1.1 response: " + response.substring(0, Math.min(80, response.length())));
        }
        int status = Integer.parseInt(response.substring(9, 12));
        String head = response.substring(0, headEnd).toLowerCase(Locale.ROOT);
        String body = response.substring(headEnd + 4);
        if (head.contains("\r\ntransfer-encoding: chunked")) {
            body = unchunked(body);
        }
        return new Answer(status, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunked(String chunked) throws IOException {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                throw new IOException("a chunked body ends without its last chunk");
            }
            String size = chunked.substring(at, lineEnd);
            int extension = size.indexOf(';');
            int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (length == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
    }
}
