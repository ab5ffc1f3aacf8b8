package io.paybridge.testkit.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One kept-alive HTTP/1.1 connection that POSTs JSON bodies to one endpoint, one request at a time, with
 * blocking socket calls: a request is one {@code write} of head and body together, its answer usually one
 * {@code read}. Opened on first use and again after the server closed it or a request failed on it.
 */
final class PostConnection implements AutoCloseable {

    private final InetSocketAddress address;
    private final byte[] head;
    private final int timeoutMillis;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    PostConnection(URI endpoint, Duration timeout) {
        this.address = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
        this.head = ("POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** Sends {@code body} and reads the answer; an {@link IOException} (the connection is then closed) if there is none. */
    HttpAnswer post(byte[] body) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request(body));
            HttpAnswer answer = HttpAnswer.read(in);
            if (answer.closes()) {
                close();
            }
            return answer;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private byte[] request(byte[] body) {
        byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + length.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(length, 0, request, head.length, length.length);
        System.arraycopy(body, 0, request, head.length + length.length, body.length);
        return request;
    }

    private void open() throws IOException {
        Socket opened = new Socket();
        try {
            opened.setTcpNoDelay(true);
            opened.connect(address, timeoutMillis);
            opened.setSoTimeout(timeoutMillis);
            out = opened.getOutputStream();
            in = new BufferedInputStream(opened.getInputStream());
            socket = opened;
        } catch (IOException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that failed: nothing left to do
            }
            socket = null;
        }
    }
}
