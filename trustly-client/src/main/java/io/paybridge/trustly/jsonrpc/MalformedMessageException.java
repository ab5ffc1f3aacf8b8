package io.paybridge.trustly.jsonrpc;

/** A JSON-RPC message does not have the shape the protocol requires; the message names the offending member. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String message) {
        super(message);
    }
}
