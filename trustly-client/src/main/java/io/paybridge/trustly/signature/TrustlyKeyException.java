package io.paybridge.trustly.signature;

/** A key could not be read or used; the message never contains key material. */
public class TrustlyKeyException extends RuntimeException {

    public TrustlyKeyException(String message) {
        super(message);
    }
}
