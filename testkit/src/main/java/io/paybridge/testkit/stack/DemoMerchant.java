package io.paybridge.testkit.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.notification.NotificationParser;
import io.paybridge.trustly.notification.NotificationResponder;
import io.paybridge.trustly.notification.ReplyStatus;
import io.paybridge.trustly.notification.TrustlyNotification;
import io.paybridge.trustly.signature.Signer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo's merchant endpoint: receives the sandbox's notifications, verifies them with the sandbox's
 * key and answers each with a signed OK, as a merchant's notification handler must.
 */
final class DemoMerchant implements AutoCloseable {

    private final HttpServer server;
    private final NotificationParser parser;
    private final NotificationResponder responder;
    private final List<TrustlyNotification> received = new CopyOnWriteArrayList<>();

    private DemoMerchant(NotificationParser parser, Signer merchantSigner) throws IOException {
        this.parser = parser;
        this.responder = new NotificationResponder(merchantSigner);
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts listening on a free local port. */
    static DemoMerchant start(NotificationParser parser, Signer merchantSigner) throws IOException {
        return new DemoMerchant(parser, merchantSigner);
    }

    /** The prefix every notification URL of this merchant starts with. */
    String urlPrefix() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    /** Notifications received and verified so far, in arrival order (repeats included). */
    List<TrustlyNotification> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] reply;
            int status;
            try {
                TrustlyNotification notification = parser.parse(exchange.getRequestBody().readAllBytes());
                received.add(notification);
                reply = JsonRpc.write(responder.reply(notification, ReplyStatus.OK));
                status = 200;
            } catch (RuntimeException e) {
                // not verifiable: no signed answer, so the sandbox delivers it again
                reply = new byte[0];
                status = 400;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
