package io.paybridge.trustly.client;

import io.paybridge.trustly.error.TrustlyTransportException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Classifies why no HTTP answer arrived, and whether the request can have reached Trustly at all. */
final class TransportFailures {

    private TransportFailures() {
    }

    static TrustlyTransportException of(String method, String uuid, Throwable failure) {
        boolean neverConnected = causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class);
        String what = neverConnected ? "no connection to Trustly"
                : isTimeout(failure) ? "no answer within the read timeout"
                : "the HTTP exchange failed";
        return new TrustlyTransportException(method, uuid, what + " (" + failure.getClass().getSimpleName() + ")",
                !neverConnected, failure);
    }

    private static boolean isTimeout(Throwable failure) {
        // Vert.x reports an idle timeout with its own exception types; their names say so
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
