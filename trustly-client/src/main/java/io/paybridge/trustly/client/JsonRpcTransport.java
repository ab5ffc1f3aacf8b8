package io.paybridge.trustly.client;

import io.smallrye.mutiny.Uni;

/** Posts one signed JSON-RPC request to Trustly and yields the HTTP answer, whatever its status. */
public interface JsonRpcTransport {

    /** Fails only when no HTTP answer arrived (connection, timeout); an error status is still an answer. */
    Uni<HttpReply> post(byte[] body);
}
