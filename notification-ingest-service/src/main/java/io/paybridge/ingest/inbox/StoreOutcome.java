package io.paybridge.ingest.inbox;

import java.util.UUID;

/**
 * What storing a callback did: the inbox id of the one row for its notification id, the reply status
 * stored with it, and whether this call stored it (false: a repeat, answered as the first time).
 */
public record StoreOutcome(UUID inboxId, String replyStatus, boolean firstTime) {
}
