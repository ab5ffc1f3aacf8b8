package io.paybridge.testkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 response read from a connection's stream: its status, its body (sized by Content-Length, chunked,
 * or up to the end of the stream) and whether the server closes the connection after it. Reads exactly the
 * response's bytes, so the next response on a kept-alive connection starts where this one ended.
 */
record HttpAnswer(int status, byte[] body, boolean closes) {

    private static final int MAX_HEAD = 16 * 1024;

    /** The body as text (UTF-8). */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Reads the next response from {@code in}; fails with an {@link IOException} on anything not HTTP/1.1. */
    static HttpAnswer read(InputStream in) throws IOException {
        String head = head(in);
        if (!head.startsWith("HTTP/1.1 ") || head.length() < 12) {
            throw new IOException("not an HTTP/1.1 response: " + head.substring(0, Math.min(80, head.length())));
        }
        int status;
        try {
            status = Integer.parseInt(head.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("no status code in " + head.substring(0, Math.min(80, head.length())));
        }
        String headers = head.toLowerCase(Locale.ROOT);
        boolean closes = headers.contains("\r\nconnection: close");
        if (headers.contains("\r\ntransfer-encoding: chunked")) {
            return new HttpAnswer(status, unchunked(in), closes);
        }
        String length = header(headers, "content-length");
        if (length != null) {
            return new HttpAnswer(status, exactly(in, Integer.parseInt(length.trim())), closes);
        }
        if (status == 204 || status == 304 || status / 100 == 1) {
            return new HttpAnswer(status, new byte[0], closes);
        }
        return new HttpAnswer(status, in.readAllBytes(), true);
    }

    /** The status line and headers, up to and without the blank line that ends them (ISO-8859-1). */
    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder(256);
        int matched = 0; // how much of \r\n\r\n the last bytes were
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(head.isEmpty() ? "the connection closed before a response"
                        : "the connection closed inside a response's head");
            }
            head.append((char) b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.length() > MAX_HEAD) {
                throw new IOException("a response head longer than " + MAX_HEAD + " bytes");
            }
        }
        head.setLength(head.length() - 4);
        return head.append("\r\n").toString();
    }

    private static String header(String lowerCaseHead, String name) {
        int at = lowerCaseHead.indexOf("\r\n" + name + ":");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 3;
        return lowerCaseHead.substring(start, lowerCaseHead.indexOf("\r\n", start));
    }

    private static byte[] unchunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int extension = size.indexOf(';');
            int length;
            try {
                length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("a chunk size that is not hexadecimal: " + size);
            }
            if (length == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: none are used
                }
                return body.toByteArray();
            }
            body.write(exactly(in, length));
            if (!line(in).isEmpty()) {
                throw new IOException("a chunk longer than its size");
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("a chunked body ends without its last chunk");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the connection closed " + (length - bytes.length) + " bytes before the body's end");
        }
        return bytes;
    }
}
