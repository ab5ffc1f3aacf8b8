package io.paybridge.trustly.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paybridge.trustly.jsonrpc.JsonRpc;
import io.paybridge.trustly.signature.Signer;

import java.util.Objects;

/** Builds the merchant's signed reply to a notification with the notification's own method and uuid. */
public final class NotificationResponder {

    private final Signer merchantSigner;

    public NotificationResponder(Signer merchantSigner) {
        this.merchantSigner = Objects.requireNonNull(merchantSigner, "merchantSigner");
    }

    /** The reply to {@code notification}. */
    public ObjectNode reply(TrustlyNotification notification, ReplyStatus status) {
        return reply(notification.method(), notification.uuid(), status);
    }

    /** The reply to a notification known by method and uuid (e.g. a duplicate answered from storage). */
    public ObjectNode reply(String method, String uuid, ReplyStatus status) {
        return JsonRpc.notificationReply(method, uuid, status.name(), merchantSigner);
    }

    @Override
    public String toString() {
        return "NotificationResponder[" + merchantSigner + "]";
    }
}
