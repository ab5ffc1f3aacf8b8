package io.paybridge.trustly.notification;

/** A merchant's verified reply to a notification: the same method and uuid, and its status. */
public record MerchantReply(String method, String uuid, ReplyStatus status) {
}
