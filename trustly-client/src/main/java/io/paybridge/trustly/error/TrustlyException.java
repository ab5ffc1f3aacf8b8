package io.paybridge.trustly.error;

/**
 * Root of everything the Trustly client throws; messages carry methods, uuids, field names and codes,
 * never credentials, keys or personal data.
 */
public abstract class TrustlyException extends RuntimeException {

    protected TrustlyException(String message) {
        super(message);
    }

    protected TrustlyException(String message, Throwable cause) {
        super(message, cause);
    }
}
