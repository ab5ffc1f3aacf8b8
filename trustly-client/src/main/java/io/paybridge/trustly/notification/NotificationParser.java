package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.paybridge.trustly.TrustlyEnvironment;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.jsonrpc.MalformedMessageException;
import io.paybridge.trustly.jsonrpc.SignedPart;
import io.paybridge.trustly.signature.PemKeys;
import io.paybridge.trustly.signature.SignatureVerifier;
import io.paybridge.trustly.notification.TrustlyNotificationException.Reason;

import java.util.Objects;

/** Verifies a notification's signature over the tree as received, then reads it into a {@link TrustlyNotification}. */
public final class NotificationParser {

    private final SignatureVerifier trustlyVerifier;

    public NotificationParser(SignatureVerifier trustlyVerifier) {
        this.trustlyVerifier = Objects.requireNonNull(trustlyVerifier, "trustlyVerifier");
    }

    /** A parser for an environment with a published Trustly key (test, live). */
    public static NotificationParser forEnvironment(TrustlyEnvironment environment) {
        return new NotificationParser(environment.publishedVerifier().orElseThrow(
                () -> new IllegalArgumentException("the " + environment.configName() + " environment has no published key; "
                        + "pass its SignatureVerifier")));
    }

    /** Parses and verifies the raw request body. */
    public TrustlyNotification parse(byte[] body) {
        try {
            return parse(JsonRpc.parse(body));
        } catch (MalformedMessageException e) {
            throw new TrustlyNotificationException(Reason.MALFORMED, "rejected notification: " + e.getMessage());
        }
    }

    /** Verifies and reads a parsed tree; it must be the tree as received, not a re-serialized model. */
    public TrustlyNotification parse(JsonNode tree) {
        SignedPart part;
        try {
            part = JsonRpc.readNotification(tree);
        } catch (MalformedMessageException e) {
            throw new TrustlyNotificationException(Reason.MALFORMED, "rejected notification: " + e.getMessage());
        }
        if (!part.verifiedBy(trustlyVerifier)) {
            throw new TrustlyNotificationException(Reason.BAD_SIGNATURE, "rejected " + part.method() + " notification " + part.uuid()
                    + ": the signature does not verify with Trustly's key " + PemKeys.fingerprint(trustlyVerifier.publicKey()));
        }
        try {
            return NotificationReader.read(part);
        } catch (MalformedMessageException e) {
            throw new TrustlyNotificationException(Reason.MALFORMED, "rejected " + part.method() + " notification " + part.uuid() + ": "
                    + e.getMessage());
        }
    }
}
