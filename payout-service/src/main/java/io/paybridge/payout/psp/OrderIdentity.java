package io.paybridge.payout.psp;

import io.paybridge.support.digest.Sha256;
import io.paybridge.support.idempotency.IdempotentRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The PSP identity of one intent: the MessageID and the request UUID, derived from the Idempotency-Key request (its
 * scope, key and body hash) or from a command's commandId. Stored with the order before the first call, so every
 * resend is the identical request with the identical UUID, which Trustly answers with its first answer: the same
 * intent can never make a second order. A different body gets a different identity.
 */
public record OrderIdentity(String messageId, String uuid) {

    /** The identity of {@code request}; {@code prefix} tells order kinds apart (e.g. {@code pay}). */
    public static OrderIdentity of(String prefix, IdempotentRequest request) {
        String seed = prefix + "\n" + request.scope() + "\n" + request.key() + "\n" + request.requestHash();
        String digest = Sha256.hex(seed.getBytes(StandardCharsets.UTF_8));
        return new OrderIdentity(prefix + "-" + digest.substring(0, 32),
                UUID.nameUUIDFromBytes(("uuid\n" + seed).getBytes(StandardCharsets.UTF_8)).toString());
    }
}
