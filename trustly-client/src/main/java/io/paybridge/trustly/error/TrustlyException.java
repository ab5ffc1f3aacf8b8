package io.paybridge.trustly.error;

/** Root of the Trustly client's exceptions; messages carry ids and codes, never credentials or personal data. */
public abstract class TrustlyException extends RuntimeException {

    protected TrustlyException(String message) {
        super(message);
    }

    protected TrustlyException(String message, Throwable cause) {
        super(message, cause);
    }
}
