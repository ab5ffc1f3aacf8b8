package io.paybridge.support.outbox;

import java.util.Map;

/** An unpublished outbox row as the relay claimed it. */
record PendingMessage(long id, String eventId, String topic, String key, byte[] payload, Map<String, String> headers) {}
