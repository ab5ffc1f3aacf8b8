package io.paybridge.checkout.deposit;

import io.paybridge.support.digest.Sha256;
import io.paybridge.support.idempotency.IdempotentRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The PSP identity of one intent: the MessageID and the request UUID, derived from the Idempotency-Key
 * request (its scope, key and body hash). A retry of the same request, after a timeout or a crash,
 * therefore sends the identical Deposit with the identical UUID, which Trustly answers with its first
 * answer: the same intent can never create a second order. A different body gets a different identity.
 */
public record OrderIdentity(String messageId, String uuid) {

    /** The identity of {@code request}; {@code prefix} tells order kinds apart (e.g. {@code dep}). */
    public static OrderIdentity of(String prefix, IdempotentRequest request) {
        String seed = prefix + "\n" + request.scope() + "\n" + request.key() + "\n" + request.requestHash();
        String digest = Sha256.hex(seed.getBytes(StandardCharsets.UTF_8));
        return new OrderIdentity(prefix + "-" + digest.substring(0, 32),
                UUID.nameUUIDFromBytes(("uuid\n" + seed).getBytes(StandardCharsets.UTF_8)).toString());
    }
}
