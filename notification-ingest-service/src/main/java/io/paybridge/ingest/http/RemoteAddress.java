package io.paybridge.ingest.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The caller's address for the audit: the peer of the connection, or the forwarded client when
 * {@code quarkus.http.proxy.proxy-address-forwarding} trusts the ingress in front of the service.
 */
public final class RemoteAddress {

    private RemoteAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
