package io.paybridge.testkit.bench;

import java.io.BufferedInputStream;
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

/**
 * POSTs a file over one plain HTTP/1.1 connection, its bytes handed to the kernel ({@link FileChannel#transferTo},
 * sendfile) as curl's {@code --data-binary @file} would send them. The benchmark shares two cores with the service it
 * measures: {@code java.net.http.HttpClient} spent half a core pushing 150 MB through its publishers (and, for an
 * {@code http:} URI, first offers an upgrade to HTTP/2), CPU the service then did not have.
 */
final class FileUpload {

    private FileUpload() {
    }

    /** Sends {@code file} as the body of {@code POST target}; answers once the whole response has arrived. */
    static HttpAnswer post(URI target, Path file, String contentType, String authorization, Duration timeout) throws IOException {
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
            // the service closes the connection after its answer (Connection: close)
            try (InputStream in = new BufferedInputStream(socket.socket().getInputStream())) {
                return HttpAnswer.read(in);
            }
        }
    }
}
